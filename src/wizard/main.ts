// The wizard island: answers -> live checklist, share link in the URL fragment, progress in localStorage, exports.
// It loads only the engine's pure modules up front; zod and yaml arrive on the first export or contract import.
import { plural } from '../lib/output/words.ts';
import { factsFromChoices } from '../lib/engine/answers.ts';
import { checklistPhases, type Checklist } from '../lib/engine/checklist.ts';
import { decodeFragment, encodeFragment } from '../lib/engine/fragment.ts';
import { answerOrigins, ruleReason } from '../lib/engine/reasons.ts';
import type { AuditRule } from '../lib/rules/schema.ts';
import { decodeShareState, encodeShareState, MAX_STATE_LENGTH, splitShareFragment } from '../lib/engine/share-state.ts';
import type { Postmortem } from '../lib/engine/postmortem.ts';
import { conditionHolds } from '../lib/engine/questions.ts';
import { readWizardData, type WizardData } from './data.ts';
import { download, copyText } from './download.ts';
import { openExample } from './examples.ts';
import { applyVisibility, enforceExclusive, readForm, showFieldError, showRefusals, writeForm, type FormState } from './form.ts';
import { createNotice } from './notice.ts';
import { renderPostmortemView } from './postmortem-view.ts';
import { clearSaved, loadSaved, save, type ItemState } from './progress.ts';
import { createRenderer, showState } from './render-checklist.ts';

type Exports = typeof import('./exports.ts');
let exportsModule: Promise<Exports> | undefined;
const loadExports = (): Promise<Exports> => (exportsModule ??= import('./exports.ts'));

/** Today in UTC, YYYY-MM-DD: the date `interlock checklist` prints by default, so both give the same bytes. */
function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Why a check is on the list, in one sentence, from the answers that put it there; undefined for the baseline. */
function whyListed(rule: AuditRule, facts: ReadonlySet<string>, origins: Parameters<typeof ruleReason>[2]): string | undefined {
  const reason = ruleReason(rule, facts, origins);
  if (reason === undefined) return undefined;
  const known = reason.answers.filter((a) => a.findOut === undefined).map((a) => `${a.question} ${a.answer}.`);
  const unknown = reason.answers.filter((a) => a.findOut !== undefined);
  const parts = known.length > 0 ? [`Because you answered: ${known.join(' ')}`] : [];
  for (const a of unknown) parts.push(`Kept until you know (${a.question} ${a.answer}). To find out: ${a.findOut}`);
  if (reason.inputs.length > 0) parts.push(`Because ${reason.inputs.join('; ')}.`);
  return parts.join(' ');
}

export function startWizard(doc: Document): void {
  const data: WizardData = readWizardData(doc);
  const q = data.questionnaire;
  const byId = <T extends HTMLElement>(id: string): T => {
    const found = doc.getElementById(id);
    if (found === null) throw new Error(`the wizard page lacks #${id}`);
    return found as T;
  };
  const root = byId<HTMLElement>('wz');
  const form = byId<HTMLElement>('wz-form');
  const itemsEl = byId<HTMLElement>('wz-items');
  const statusEl = byId<HTMLElement>('wz-status');
  const progressEl = byId<HTMLElement>('wz-progress');
  const pmView = byId<HTMLElement>('wz-postmortem-view');
  const summaryEl = byId<HTMLElement>('wz-summary-counts');
  const filters = byId<HTMLElement>('wz-filters');
  const notice = createNotice(byId('wz-notice'));
  const renderer = createRenderer(doc, itemsEl, { patterns: data.patterns });
  const saved = loadSaved();

  let state: FormState = readForm(form, q);
  let shown: string[] = [];
  let postmortemMode = false;

  // ---- the update loop -------------------------------------------------------------------------------------------

  /** The review state (ticks, marks, postmortem notes) for the link, or why it cannot ride along. */
  const linkState = (): { part: string; tooLong?: number } => {
    const encoded = encodeShareState({ progress: saved.progress, postmortem: postmortemMode ? saved.postmortem : {} });
    if (encoded === undefined) return { part: '' };
    return encoded.length > MAX_STATE_LENGTH ? { part: '', tooLong: encoded.length } : { part: `&s=${encoded}` };
  };

  const writeFragment = (): void => {
    const a = state.answers;
    const empty = Object.keys(a.choices).length === 0 && a.project === undefined && a.crate === undefined && a.goModule === undefined && a.abi === undefined;
    const url = empty ? `${location.pathname}${location.search}` : `${location.pathname}${location.search}#${encodeFragment(a, q)}${linkState().part}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };

  const showProgress = (): void => {
    const done = shown.filter((id) => saved.progress[id] === 'done').length;
    const failed = shown.filter((id) => saved.progress[id] === 'failed').length;
    progressEl.textContent = shown.length === 0 ? '' : `${done} of ${shown.length} ticked${postmortemMode && failed > 0 ? `, ${failed} marked failed` : ''}.`;
  };

  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  const showPostmortem = (): void => {
    pmView.hidden = !postmortemMode;
    if (!postmortemMode) return;
    const rules = shown.map((id) => data.rules.find((r) => r.id === id)).filter((r) => r !== undefined);
    const pre = renderPostmortemView(doc, pmView, { fields: saved.postmortem, faultClasses: data.faultClasses, rules, progress: saved.progress });
    // The document needs the engine: build it shortly after typing stops.
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      void loadExports().then((m) => {
        const prepared = m.prepare({ data, answers: state.answers, date: today(), postmortem: saved.postmortem, progress: saved.progress });
        showFieldProblems(prepared.ok ? [] : prepared.problems);
        pre.textContent = prepared.ok ? m.markdownOf(prepared) : 'Fill in the required postmortem fields above to see the document.';
      });
    }, 300);
  };

  const showFieldProblems = (problems: ReadonlyArray<{ field: string; message: string }>): void => {
    for (const field of q.postmortem.fields) {
      const input = doc.getElementById(`wz-pm-${field.id}`);
      const error = doc.getElementById(`wz-pm-${field.id}-error`);
      if (input === null || error === null) continue;
      const problem = problems.find((p) => p.field === field.id);
      // "required" is shown only once the user has typed something somewhere: an empty form is not an error.
      const typed = Object.values(saved.postmortem).some((v) => v.trim() !== '');
      if (problem === undefined || (problem.message === 'required' && !typed)) showFieldError(input, error, undefined);
      else showFieldError(input, error, problem.message === 'required' ? `${field.label} is required.` : `${field.label}: ${problem.message}.`);
    }
  };

  const update = (): void => {
    state = readForm(form, q);
    showRefusals(form, state.refused);
    applyVisibility(form, state.answers);
    const facts = new Set(factsFromChoices(state.answers.choices, q));
    postmortemMode = conditionHolds(q.postmortem['show-if'], state.answers.choices);
    root.classList.toggle('wz-pm-mode', postmortemMode);
    const phases = checklistPhases(data.rules, facts);
    shown = phases.flatMap((p) => p.rules.map((r) => r.id));
    const origins = { answers: answerOrigins(state.answers.choices, q), elements: new Map(), inputs: new Map() };
    renderer.render(phases, saved.progress, facts, (rule) => whyListed(rule, facts, origins));
    applyFilters();
    const answered = Object.keys(state.answers.choices).length;
    if (answered === 0) {
      statusEl.textContent = 'Answer the questions above; the checklist appears here and follows every change.';
    } else {
      const counts = { critical: 0, high: 0, medium: 0, low: 0 };
      for (const p of phases) for (const r of p.rules) counts[r.severity] += 1;
      statusEl.textContent = `${plural(shown.length, 'check')} from ${plural(answered, 'answer')}: ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low.`;
    }
    const own = phases.reduce((n, p) => n + p.rules.filter((r) => r.when !== undefined).length, 0);
    summaryEl.textContent = answered === 0 ? 'No answers yet.' : `${plural(shown.length, 'check')}: ${own} from your answers, ${shown.length - own} for every boundary.`;
    showProgress();
    showPostmortem();
    writeFragment();
  };

  /** Runs an update for a user's change and records how long the answer took to reach the checklist. */
  const timedUpdate = (): void => {
    performance.mark('wz-change');
    update();
    performance.mark('wz-rendered');
    performance.measure('wz-update', 'wz-change', 'wz-rendered');
  };

  /** Hides the items the severity and phase filters leave out (the list itself stays whole for exports). */
  const applyFilters = (): void => {
    const severities = new Set([...filters.querySelectorAll<HTMLInputElement>('input[data-filter-severity]')].filter((i) => i.checked).map((i) => i.dataset['filterSeverity']));
    const phase = filters.querySelector<HTMLSelectElement>('select[data-filter-phase]')?.value ?? '';
    for (const item of itemsEl.querySelectorAll<HTMLElement>('.wz-item')) {
      item.hidden = !severities.has(item.dataset['severity']) || (phase !== '' && item.dataset['phase'] !== phase);
    }
  };
  filters.addEventListener('change', applyFilters);

  // ---- share links ---------------------------------------------------------------------------------------------

  /** Applies a share link's answers; a fragment naming an element on the page is ordinary navigation. */
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

  // ---- events --------------------------------------------------------------------------------------------------

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')) {
      enforceExclusive(target);
      timedUpdate();
    }
  });
  form.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (target.dataset['identity'] !== undefined) timedUpdate();
    const pmField = target.dataset['pm'];
    if (pmField !== undefined && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) {
      saved.postmortem[pmField] = target.value;
      save(saved);
      showPostmortem();
      writeFragment();
    }
  });

  itemsEl.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.wz-copy') : null;
    if (button === null) return;
    void copyText(doc, button.dataset['copy'] ?? '').then((ok) => notice.say(ok ? 'Commands copied.' : 'The browser did not allow copying: select the commands instead.', ok ? 'info' : 'error'));
  });
  itemsEl.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.dataset['rule'] === undefined) return;
    const id = target.dataset['rule'];
    const control = target.dataset['control'];
    const next: ItemState | undefined = target.checked ? (control === 'failed' ? 'failed' : 'done') : undefined;
    if (next === undefined) delete saved.progress[id];
    else saved.progress[id] = next;
    save(saved);
    const item = renderer.item(id);
    if (item !== undefined) showState(item, saved.progress[id]);
    showProgress();
    showPostmortem();
    writeFragment();
  });
  // <details> toggle does not bubble: listen in the capture phase for every example in the list.
  itemsEl.addEventListener(
    'toggle',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLDetailsElement && target.open && target.classList.contains('wz-example')) void openExample(target);
    },
    true,
  );

  // In-page links (skip link, action items) move focus without replacing the fragment that holds the answers.
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
    if (link === null) return;
    const target = doc.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    if (target === null) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });

  window.addEventListener('hashchange', () => {
    applyFragment(location.hash);
    update();
  });

  const identityName = (): string => state.answers.project ?? state.answers.crate ?? '';
  const fileBase = (kind: string): string => (identityName() === '' ? `interlock-${kind}` : `interlock-${kind}-${identityName()}`);

  const withPrepared = async (use: (m: Exports, p: { checklist: Checklist; postmortem?: Postmortem }) => Promise<void> | void): Promise<void> => {
    if (Object.keys(state.answers.choices).length === 0) {
      notice.say('Answer at least one question first: the checklist is empty.', 'error');
      return;
    }
    const m = await loadExports();
    const prepared = m.prepare({ data, answers: state.answers, date: today(), ...(postmortemMode ? { postmortem: saved.postmortem } : {}), progress: saved.progress });
    if (!prepared.ok) {
      showFieldProblems(prepared.problems);
      const first = prepared.problems[0];
      notice.say(`The postmortem is not complete: ${prepared.problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, 'error');
      if (first !== undefined) doc.getElementById(`wz-pm-${first.field}`)?.focus();
      return;
    }
    await use(m, prepared);
  };

  const actions: Record<string, () => Promise<void> | void> = {
    'download-md': () =>
      withPrepared((m, p) => {
        download(doc, `${fileBase(p.postmortem ? 'postmortem' : 'checklist')}.md`, m.markdownOf(p), 'text/markdown;charset=utf-8');
        notice.say('Markdown downloaded.');
      }),
    'download-json': () =>
      withPrepared((m, p) => {
        download(doc, `${fileBase('checklist')}.json`, m.jsonOf(p), 'application/json;charset=utf-8');
        notice.say('JSON downloaded.');
      }),
    'copy-md': () =>
      withPrepared(async (m, p) => {
        const ok = await copyText(doc, m.markdownOf(p));
        notice.say(ok ? 'Markdown copied to the clipboard.' : 'The browser did not allow copying: use Download Markdown instead.', ok ? 'info' : 'error');
      }),
    'copy-link': async () => {
      writeFragment();
      const ok = await copyText(doc, location.href);
      const { tooLong } = linkState();
      const carried = tooLong !== undefined
        ? `these answers only: the ticks and postmortem notes need ${tooLong} characters, more than the ${MAX_STATE_LENGTH} a link can safely carry, so download the Markdown to share them`
        : postmortemMode ? 'these answers, ticks, failed marks and postmortem notes' : 'these answers and ticks';
      notice.say(ok ? `Share link copied: it reopens ${carried}.` : 'The browser did not allow copying: copy the address bar instead.', ok ? (tooLong !== undefined ? 'error' : 'info') : 'error');
    },
    print: () => {
      window.print();
    },
    'download-zip': () =>
      withPrepared(async (m, p) => {
        if (state.answers.project === undefined) {
          notice.say('The zip bundle needs a project name: enter it under Project above.', 'error');
          doc.getElementById('wz-id-project')?.focus();
          return;
        }
        notice.say('Building the zip bundle…');
        try {
          const result = await m.zipOf(p, data);
          if (!result.ok) {
            notice.say(`The zip bundle could not be built: ${result.problems.join('; ')}.`, 'error');
            return;
          }
          download(doc, `${fileBase('audit')}.zip`, result.zip, 'application/zip');
          notice.say('Zip bundle downloaded: unzip it beside your code and run sh interlock-audit/audit.sh --go <module> --rust <crate>; the pattern lab is lab/lab.sh.');
        } catch {
          notice.say('The pattern files for the bundle could not be fetched. Check the connection and try again.', 'error');
        }
      }),
    'reset-progress': () => {
      saved.progress = {};
      saved.postmortem = {};
      clearSaved();
      for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-pm]')) el.value = '';
      update();
      notice.say('Progress cleared: every box is unticked and the postmortem notes are gone.');
    },
    'start-over': () => {
      writeForm(form, { choices: {} });
      update();
      notice.say('All answers cleared.');
      form.querySelector<HTMLInputElement>('input')?.focus();
    },
  };
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    const action = button?.dataset['action'];
    if (action === undefined || actions[action] === undefined) return;
    void Promise.resolve(actions[action]()).catch(() => notice.say('Something went wrong with that action; the page still works. Try again.', 'error'));
  });

  // ---- contract import -----------------------------------------------------------------------------------------

  const contractText = byId<HTMLTextAreaElement>('wz-contract-text');
  const contractFile = byId<HTMLInputElement>('wz-contract-file');
  const contractResult = byId<HTMLElement>('wz-contract-result');
  const importContract = async (input: string | Uint8Array, file: string): Promise<void> => {
    contractResult.textContent = 'Checking the contract…';
    const m = await import('./contract-import.ts');
    const imported = m.importContract(input, file, q);
    const make = (tag: string, text: string, cls?: string): HTMLElement => {
      const e = doc.createElement(tag);
      e.textContent = text;
      if (cls !== undefined) e.className = cls;
      return e;
    };
    const parts: HTMLElement[] = [];
    if (imported.answers === undefined) {
      parts.push(make('p', `The contract could not be used (${plural(imported.diagnostics.length, 'problem')}); the answers are unchanged:`, 'wz-contract-bad'));
    } else {
      writeForm(form, imported.answers);
      update();
      const open = imported.unanswered.map((id) => q.sections.flatMap((s) => s.questions).find((x) => x.id === id)?.text ?? id);
      parts.push(make('p', `Answers filled from ${file}.${open.length > 0 ? ` Still yours to answer: ${open.join(' ')}` : ''}`));
      if (imported.notCarried.length > 0) {
        parts.push(make('p', `The questionnaire cannot express these facts of the contract: ${imported.notCarried.join(', ')}. interlock checklist --contract includes their checks.`));
      }
      if (imported.diagnostics.length > 0) parts.push(make('p', `${plural(imported.diagnostics.length, 'lint finding')} (the answers were filled anyway):`));
    }
    for (const d of imported.diagnostics) parts.push(make('pre', d.text, d.severity === 'error' ? 'wz-diag wz-diag-error' : 'wz-diag'));
    contractResult.replaceChildren(...parts);
  };
  byId<HTMLButtonElement>('wz-contract-apply').addEventListener('click', () => {
    if (contractText.value.trim() === '') {
      contractResult.textContent = 'Paste a contract into the box first, or choose a file.';
      return;
    }
    void importContract(contractText.value, 'contract.yaml');
  });
  contractFile.addEventListener('change', () => {
    const file = contractFile.files?.[0];
    if (file === undefined) return;
    // The parser refuses oversized input anyway; refusing before reading keeps a huge file out of memory.
    if (file.size > 1024 * 1024) {
      contractResult.textContent = `${file.name} is ${file.size} bytes; a contract may be at most 1048576.`;
      return;
    }
    void file.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      try {
        contractText.value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        contractText.value = '';
      }
      return importContract(bytes, file.name.replace(/[^\w.-]/g, '_').slice(0, 80) || 'contract.yaml');
    });
  });

  // ---- start ---------------------------------------------------------------------------------------------------

  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-pm]')) {
    el.value = saved.postmortem[el.dataset['pm'] ?? ''] ?? '';
  }
  applyFragment(location.hash);
  update();
  root.dataset['ready'] = 'true';
}
