// Postmortem mode: an incident header, the fault class behind it, and the checklist items that failed or
// that guard against the fault class and were not done, turned into action items (given the reviewer's progress per rule). Pure, without zod;
// postmortem-schema.ts reads an incident.yaml.
import { editDistance } from '../diagnostics/did-you-mean.ts';
import type { AuditRule } from '../rules/schema.ts';
import { SEVERITIES } from '../rules/vocabulary.ts';
import { checklistRules, type Checklist } from './checklist.ts';
import type { FaultClass } from './fault-classes.ts';
import { dateProblem, incidentIdProblem, printable, proseProblem } from './names.ts';

export const PROGRESS_STATES = ['done', 'failed', 'open'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
/** Rule ID -> state; a rule left out is open. */
export type Progress = Readonly<Record<string, ProgressState>>;

/** Longest accepted text per postmortem field (questions.yaml states the same numbers; a test keeps them equal). */
export const PROSE_LIMITS = { title: 120, summary: 2000, impact: 2000, trigger: 2000, detection: 2000, resolution: 2000 } as const;

export interface Incident {
  id: string;
  date: string;
  title: string;
  faultClass: string;
  summary: string;
  impact?: string;
  trigger?: string;
  detection?: string;
  resolution?: string;
}

interface ActionItem {
  rule: AuditRule;
  status: 'failed' | 'open';
  /** The rule is one the incident's fault class names. */
  guardsFaultClass: boolean;
}

export interface Postmortem {
  incident: Incident;
  faultClass: FaultClass;
  /** Failed items first, then open ones; within each, fault-class rules first, then severity, then ID. */
  actionItems: ActionItem[];
  /** Status of every rule of the checklist. */
  status: Readonly<Record<string, ProgressState>>;
  /** Fault-class rules that are not in the checklist because their facts do not hold. */
  faultRulesNotInChecklist: string[];
}

/** Every incident field that breaks its rule (the same rules as an incident file); empty when all are acceptable. */
function incidentProblems(incident: Incident): string[] {
  const out: string[] = [];
  const id = incidentIdProblem(incident.id);
  if (id !== undefined) out.push(`incident ID "${printable(incident.id)}" ${id}`);
  const date = dateProblem(incident.date);
  if (date !== undefined) out.push(`date "${printable(incident.date)}" ${date}`);
  const title = /\n/.test(incident.title.trim()) ? 'must be a single line' : proseProblem(incident.title, PROSE_LIMITS.title);
  if (title !== undefined) out.push(`title ${title}`);
  for (const key of ['summary', 'impact', 'trigger', 'detection', 'resolution'] as const) {
    const text = incident[key];
    const problem = text === undefined ? undefined : proseProblem(text, PROSE_LIMITS[key]);
    if (problem !== undefined) out.push(`${key} ${problem}`);
  }
  return out;
}

/**
 * Builds the postmortem. The incident's fields land in Markdown verbatim, so they must have passed the same
 * checks as an incident file (parseIncidentFile, or incidentProblems in a form); anything else is a caller
 * bug and is refused with a RangeError.
 */
export function buildPostmortem(checklist: Checklist, incident: Incident, faultClass: FaultClass, progress: Progress): Postmortem {
  const problems = incidentProblems(incident);
  if (problems.length > 0) throw new RangeError(`refused incident: ${problems.join('; ')}`);
  if (incident.faultClass !== faultClass.id) throw new RangeError(`refused incident: fault class "${printable(incident.faultClass)}" is not "${faultClass.id}"`);
  const rules = checklistRules(checklist);
  const status: Record<string, ProgressState> = {};
  for (const r of rules) status[r.id] = progress[r.id] ?? 'open';
  const inChecklist = new Set(rules.map((r) => r.id));
  return { incident, faultClass, actionItems: actionItems(rules, faultClass.rules, progress), status, faultRulesNotInChecklist: faultClass.rules.filter((id) => !inChecklist.has(id)) };
}

/**
 * The action items: every failed check, and the checks the fault class names that are not done (a check
 * nobody ticked is not a finding unless it guards against this fault). Failed first, then open; within
 * each, fault-class rules first, then severity, then ID. The wizard calls this on every tick.
 */
export function actionItems(rules: readonly AuditRule[], faultClassRules: readonly string[], progress: Progress): ActionItem[] {
  const guards = new Set(faultClassRules);
  return rules
    .filter((r) => progress[r.id] === 'failed' || (guards.has(r.id) && progress[r.id] !== 'done'))
    .map((r): ActionItem => ({ rule: r, status: progress[r.id] === 'failed' ? 'failed' : 'open', guardsFaultClass: guards.has(r.id) }))
    .sort((a, b) =>
      (a.status === b.status ? 0 : a.status === 'failed' ? -1 : 1)
      || Number(b.guardsFaultClass) - Number(a.guardsFaultClass)
      || SEVERITIES.indexOf(a.rule.severity) - SEVERITIES.indexOf(b.rule.severity)
      || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
}

/** A rule ID one or two keystrokes away (IL-TST-033 for IL-TST-003); IDs share so much that looser matches mislead. */
export function nearRuleId(id: string, ruleIds: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of ruleIds) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

/** Checks a progress map against the rule catalogue and the checklist; positions come from `locate` when given. */
export function checkProgress(progress: Progress, ruleIds: ReadonlySet<string>, checklistIds: ReadonlySet<string>): Array<{ code: string; severity: 'error' | 'warning'; message: string; ruleId: string; hint?: string }> {
  const out: Array<{ code: string; severity: 'error' | 'warning'; message: string; ruleId: string; hint?: string }> = [];
  for (const id of Object.keys(progress)) {
    if (!ruleIds.has(id)) {
      const suggestion = nearRuleId(id, ruleIds);
      const issue: { code: string; severity: 'error'; message: string; ruleId: string; hint?: string } = { code: 'progress-unknown-rule', severity: 'error', message: `there is no rule ${id}`, ruleId: id };
      if (suggestion !== undefined) issue.hint = `did you mean ${suggestion}?`;
      out.push(issue);
    } else if (!checklistIds.has(id)) {
      out.push({ code: 'progress-not-in-checklist', severity: 'warning', message: `rule ${id} is not part of this checklist (its facts do not hold), so its status is ignored`, ruleId: id });
    }
  }
  return out;
}
