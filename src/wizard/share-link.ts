// The share link: the answers (and, when they fit, the ticks and postmortem notes) in the URL fragment, written
// after every change and read when a link is opened or the fragment changes.
import type { Answers } from '../lib/engine/answers.ts';
import { decodeFragment, encodeFragment } from '../lib/engine/fragment.ts';
import type { Questionnaire } from '../lib/engine/questions.ts';
import { decodeShareState, encodeShareState, MAX_STATE_LENGTH, splitShareFragment } from '../lib/engine/share-state.ts';
import { writeForm } from './form.ts';
import type { Notice } from './notice.ts';
import { save, type Saved } from './progress.ts';

interface ShareLink {
  /** The review state for the link, or how long it would be when it is too long to carry. */
  linkState(): { part: string; tooLong?: number };
  /** Puts the current answers (and review state) into the address bar, without a history entry. */
  writeFragment(): void;
  /** Applies a link's answers and review state to the form; a fragment naming an element is navigation. */
  applyFragment(hash: string): void;
}

interface ShareLinkDeps {
  doc: Document;
  questionnaire: Questionnaire;
  form: HTMLElement;
  notice: Notice;
  saved: Saved;
  answers: () => Answers;
  postmortemMode: () => boolean;
}

export function createShareLink(deps: ShareLinkDeps): ShareLink {
  const { doc, questionnaire: q, form, notice, saved } = deps;

  const linkState = (): { part: string; tooLong?: number } => {
    const encoded = encodeShareState({ progress: saved.progress, postmortem: deps.postmortemMode() ? saved.postmortem : {} });
    if (encoded === undefined) return { part: '' };
    return encoded.length > MAX_STATE_LENGTH ? { part: '', tooLong: encoded.length } : { part: `&s=${encoded}` };
  };

  const writeFragment = (): void => {
    const a = deps.answers();
    const empty = Object.keys(a.choices).length === 0 && a.project === undefined && a.crate === undefined && a.goModule === undefined && a.abi === undefined;
    const url = empty ? `${location.pathname}${location.search}` : `${location.pathname}${location.search}#${encodeFragment(a, q)}${linkState().part}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };

  const applyFragment = (hash: string): void => {
    const text = hash.startsWith('#') ? hash.slice(1) : hash;
    if (text === '') return;
    // Element ids are short and never contain "=", which every answer fragment does.
    if (!text.includes('=') && text.length <= 64 && doc.getElementById(text) !== null) return;
    const parts = splitShareFragment(text);
    const decoded = decodeFragment(parts.answers, q);
    if (!decoded.ok) {
      notice.say(`This link's answers could not be used: ${decoded.error.message}. The wizard shows your own answers instead.`, 'error');
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      return;
    }
    writeForm(form, decoded.answers);
    notice.clear();
    if (parts.state === undefined) return;
    const shared = decodeShareState(parts.state);
    if (!shared.ok) {
      notice.say(`This link's answers were used, but ${shared.message}: the ticks and postmortem notes are your own.`, 'error');
      return;
    }
    // The link is the review someone shared: it replaces what this browser remembered.
    saved.progress = shared.state.progress;
    saved.postmortem = shared.state.postmortem;
    save(saved);
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-pm]')) {
      el.value = saved.postmortem[el.dataset['pm'] ?? ''] ?? '';
    }
  };

  return { linkState, writeFragment, applyFragment };
}
