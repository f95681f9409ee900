// The wizard island: answers -> live checklist, share link in the URL fragment, progress in localStorage, exports.
// It loads only the engine's pure modules up front; zod and yaml arrive on the first export or contract import.
import { plural } from '../lib/output/words.ts';
import { factsFromChoices } from '../lib/engine/answers.ts';
import { checklistPhases } from '../lib/engine/checklist.ts';
import { answerOrigins, NO_ORIGINS, ruleReason } from '../lib/engine/reasons.ts';
import type { ContractChecklistSource } from '../lib/engine/contract-checklist.ts';
import { elementPhrase } from '../lib/contract/element.ts';
import type { AuditRule } from '../lib/rules/schema.ts';
import { conditionHolds } from '../lib/engine/questions.ts';
import { readWizardData, type WizardData } from './data.ts';
import { applyVisibility, enforceExclusive, readForm, showRefusals, type FormState } from './form.ts';
import { createNotice } from './notice.ts';
import { loadSaved, save } from './progress.ts';
import { createRenderer } from './render-checklist.ts';
import { wireActions } from './actions.ts';
import { wireItemEvents } from './item-events.ts';
import { createPostmortemPanel } from './postmortem-panel.ts';
import { createShareLink } from './share-link.ts';
import { wireContractImport } from './contract-import-panel.ts';
import type { WizardContext } from './context.ts';


/** Why a check is on the list, in one sentence, from the answers that put it there; undefined for the baseline. */
function whyListed(rule: AuditRule, facts: ReadonlySet<string>, origins: Parameters<typeof ruleReason>[2]): string | undefined {
  const reason = ruleReason(rule, facts, origins);
  if (reason === undefined) return undefined;
  const known = reason.answers.filter((a) => a.findOut === undefined).map((a) => `${a.question} ${a.answer}.`);
  const unknown = reason.answers.filter((a) => a.findOut !== undefined);
  const parts = known.length > 0 ? [`Because you answered: ${known.join(' ')}`] : [];
  if (reason.elements.length > 0) parts.push(`Because the contract declares ${reason.elements.map((e) => elementPhrase(e)).join(', ')}.`);
  for (const a of unknown) parts.push(`Kept until you know (${a.question} ${a.answer}). To find out: ${a.findOut}`);
  if (reason.inputs.length > 0) parts.push(`Because ${reason.inputs.join('; ')}.`);
  return parts.join(' ');
}

/** The status line under the questions and the summary above the list, for the checks now listed. */
function countTexts(phases: ReturnType<typeof checklistPhases>, answered: number, fromContract: boolean): { status: string; summary: string } {
  if (answered === 0 && !fromContract) return { status: 'Answer the questions above; the checklist appears here and follows every change.', summary: 'No answers yet.' };
  const rules = phases.flatMap((p) => p.rules);
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const r of rules) counts[r.severity] += 1;
  const own = rules.filter((r) => r.when !== undefined).length;
  return {
    status: `${plural(rules.length, 'check')} from ${fromContract ? 'the contract' : plural(answered, 'answer')}: ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low.`,
    summary: `${plural(rules.length, 'check')}: ${own} from your ${fromContract ? 'contract' : 'answers'}, ${rules.length - own} for every boundary.`,
  };
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
  const summaryEl = byId<HTMLElement>('wz-summary-counts');
  const filters = byId<HTMLElement>('wz-filters');
  const notice = createNotice(byId('wz-notice'));
  const renderer = createRenderer(doc, itemsEl, { patterns: data.patterns });
  const saved = loadSaved();

  let state: FormState = readForm(form, q);
  let shown: string[] = [];
  let postmortemMode = false;
  /** An imported contract the checklist follows, as `interlock checklist --contract` would, until an answer changes. */
  let contract: ContractChecklistSource | undefined;

  const share = createShareLink({ doc, questionnaire: q, form, notice, saved, answers: () => state.answers, postmortemMode: () => postmortemMode });
  const postmortem = createPostmortemPanel(doc, byId<HTMLElement>('wz-postmortem-view'), data, saved, () => state.answers);

  // ---- the update loop -------------------------------------------------------------------------------------------

  const showProgress = (): void => {
    const done = shown.filter((id) => saved.progress[id] === 'done').length;
    const failed = shown.filter((id) => saved.progress[id] === 'failed').length;
    progressEl.textContent = shown.length === 0 ? '' : `${done} of ${shown.length} ticked${postmortemMode && failed > 0 ? `, ${failed} marked failed` : ''}.`;
  };

  const update = (): void => {
    state = readForm(form, q);
    showRefusals(form, state.refused);
    applyVisibility(form, state.answers);
    const facts = new Set(contract !== undefined ? contract.facts : factsFromChoices(state.answers.choices, q));
    postmortemMode = conditionHolds(q.postmortem['show-if'], state.answers.choices);
    root.classList.toggle('wz-pm-mode', postmortemMode);
    const phases = checklistPhases(data.rules, facts);
    shown = phases.flatMap((p) => p.rules.map((r) => r.id));
    const origins = contract !== undefined ? { ...NO_ORIGINS, elements: contract.sources } : { ...NO_ORIGINS, answers: answerOrigins(state.answers.choices, q) };
    renderer.render(phases, saved.progress, facts, (rule) => whyListed(rule, facts, origins));
    applyFilters();
    const counted = countTexts(phases, Object.keys(state.answers.choices).length, contract !== undefined);
    statusEl.textContent = counted.status;
    summaryEl.textContent = counted.summary;
    showProgress();
    postmortem.show(shown, postmortemMode);
    share.writeFragment();
  };

  /** Runs an update for a user's change and records how long the answer took to reach the checklist. */
  const timedUpdate = (): void => {
    if (contract !== undefined) {
      contract = undefined;
      notice.say('You changed an answer: the checklist follows the answers now, no longer the imported contract.');
    }
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
    contract: () => contract,
    useContract: (source) => {
      contract = source;
    },
    postmortemMode: () => postmortemMode,
    update,
    writeFragment: share.writeFragment,
    linkState: share.linkState,
    showFieldProblems: postmortem.showFieldProblems,
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
      postmortem.show(shown, postmortemMode);
      share.writeFragment();
    }
  });

  wireItemEvents(doc, itemsEl, renderer, saved, notice, () => {
    showProgress();
    postmortem.show(shown, postmortemMode);
    share.writeFragment();
  });

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
    share.applyFragment(location.hash);
    update();
  });

  wireActions(ctx);

  // ---- contract import -----------------------------------------------------------------------------------------

  wireContractImport(ctx);

  // ---- start ---------------------------------------------------------------------------------------------------

  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-pm]')) {
    el.value = saved.postmortem[el.dataset['pm'] ?? ''] ?? '';
  }
  share.applyFragment(location.hash);
  update();
  root.dataset['ready'] = 'true';
}
