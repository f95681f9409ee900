// The wizard island: answers -> live checklist, share link in the URL fragment, progress in localStorage, exports.
// It loads only the engine's pure modules up front; zod and yaml arrive on the first export or contract import.
import { plural } from '../lib/output/words.ts';
import { factsFromChoices } from '../lib/engine/answers.ts';
import { checklistPhases } from '../lib/engine/checklist.ts';
import { decodeFragment, encodeFragment } from '../lib/engine/fragment.ts';
import { answerOrigins, ruleReason } from '../lib/engine/reasons.ts';
import type { AuditRule } from '../lib/rules/schema.ts';
import { decodeShareState, encodeShareState, MAX_STATE_LENGTH, splitShareFragment } from '../lib/engine/share-state.ts';
import { conditionHolds } from '../lib/engine/questions.ts';
import { readWizardData, type WizardData } from './data.ts';
import { copyText } from './download.ts';
import { openExample } from './examples.ts';
import { applyVisibility, enforceExclusive, readForm, showFieldError, showRefusals, writeForm, type FormState } from './form.ts';
import { createNotice } from './notice.ts';
import { renderPostmortemView } from './postmortem-view.ts';
import { loadSaved, save, type ItemState } from './progress.ts';
import { createRenderer, showState } from './render-checklist.ts';
import { loadExports, today, wireActions } from './actions.ts';
import { wireContractImport } from './contract-import-panel.ts';
import type { WizardContext } from './context.ts';


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

  /** What the action buttons and the contract import need from the wizard's state. */
  const ctx: WizardContext = {
    doc,
    data,
    form,
    root,
    notice,
    saved,
    byId,
    answers: () => state.answers,
    postmortemMode: () => postmortemMode,
    update,
    writeFragment,
    linkState,
    showFieldProblems,
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

  wireActions(ctx);

  // ---- contract import -----------------------------------------------------------------------------------------

  wireContractImport(ctx);

  // ---- start ---------------------------------------------------------------------------------------------------

  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-pm]')) {
    el.value = saved.postmortem[el.dataset['pm'] ?? ''] ?? '';
  }
  applyFragment(location.hash);
  update();
  root.dataset['ready'] = 'true';
}
