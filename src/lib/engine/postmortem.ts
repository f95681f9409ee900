// Postmortem mode: an incident header, the fault class behind it, and the checklist items that failed or
// were never done turned into action items (given the reviewer's progress per rule).
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { closest, editDistance } from '../contract/schema-issues.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { ruleId, SEVERITIES, type Rule } from '../rules/schema.ts';
import { checklistRules, type Checklist } from './checklist.ts';
import type { FaultClass } from './fault-classes.ts';
import { dateProblem, incidentIdProblem, printable, proseProblem } from './names.ts';

export const PROGRESS_STATES = ['done', 'failed', 'open'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
/** Rule ID -> state; a rule left out is open. */
export type Progress = Readonly<Record<string, ProgressState>>;

/** Longest accepted text per postmortem field (questions.yaml states the same numbers; a test keeps them equal). */
export const PROSE_LIMITS = { title: 120, summary: 2000, impact: 2000, trigger: 2000, detection: 2000, resolution: 2000 } as const;

/** `name`: an identifier refused by an allow-list (reported as schema-bad-name); otherwise a format problem. */
function checked(what: string, check: (s: string) => string | undefined, name: boolean) {
  return z.string().superRefine((s, ctx) => {
    const problem = check(s);
    if (problem === undefined) return;
    if (name) ctx.addIssue({ code: 'custom', message: `${what} "${printable(s)}" ${problem}`, params: { rule: 'name' } });
    else ctx.addIssue({ code: 'custom', message: `"${printable(s)}" ${problem}` });
  });
}

function prose(what: string, max: number, oneLine = false) {
  return z.string().superRefine((s, ctx) => {
    const problem = oneLine && /\n/.test(s.trim()) ? 'must be a single line' : proseProblem(s, max);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
  });
}

export const incidentFile = z
  .strictObject({
    incident: checked('incident ID', incidentIdProblem, true).describe('The tracker ID, like INC-2026-014.'),
    date: checked('date', dateProblem, false).describe('The day the incident started, YYYY-MM-DD.'),
    title: prose('title', PROSE_LIMITS.title, true).describe('One line naming what happened.'),
    'fault-class': z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a fault class ID like double-free').describe('A fault class ID from playbooks/fault-classes.yaml.'),
    summary: prose('summary', PROSE_LIMITS.summary).describe('What happened, in plain prose.'),
    impact: prose('impact', PROSE_LIMITS.impact).optional(),
    trigger: prose('trigger', PROSE_LIMITS.trigger).optional(),
    detection: prose('detection', PROSE_LIMITS.detection).optional(),
    resolution: prose('resolution', PROSE_LIMITS.resolution).optional(),
    progress: z.record(ruleId, z.enum(PROGRESS_STATES)).default({}).describe('Rule ID -> done, failed or open, as the review found it.'),
  })
  .describe('An incident described for a postmortem, with the audit progress at the time.');

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

export interface ActionItem {
  rule: Rule;
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
export function incidentProblems(incident: Incident): string[] {
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
  const guards = new Set(faultClass.rules);
  const status: Record<string, ProgressState> = {};
  for (const r of rules) status[r.id] = progress[r.id] ?? 'open';
  const actionItems: ActionItem[] = rules
    .filter((r) => status[r.id] !== 'done')
    .map((r): ActionItem => ({ rule: r, status: status[r.id] === 'failed' ? 'failed' : 'open', guardsFaultClass: guards.has(r.id) }))
    .sort((a, b) =>
      (a.status === b.status ? 0 : a.status === 'failed' ? -1 : 1)
      || Number(b.guardsFaultClass) - Number(a.guardsFaultClass)
      || SEVERITIES.indexOf(a.rule.severity) - SEVERITIES.indexOf(b.rule.severity)
      || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
  const inChecklist = new Set(rules.map((r) => r.id));
  return { incident, faultClass, actionItems, status, faultRulesNotInChecklist: faultClass.rules.filter((id) => !inChecklist.has(id)) };
}

/** A rule ID one or two keystrokes away (IL-TST-033 for IL-TST-003); IDs share so much that looser matches mislead. */
function nearRuleId(id: string, ruleIds: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of ruleIds) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

export const INCIDENT_LIMITS = { maxBytes: 64 * 1024, maxDepth: 4, maxProblems: 50 } as const;

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

/** Reads an incident.yaml; the fault class must exist and progress must name real rules. */
export function parseIncidentFile(
  input: string | Uint8Array,
  file: string,
  faultClasses: readonly FaultClass[],
  ruleIds: ReadonlySet<string>,
): { incident?: Incident; progress?: Progress; diagnostics: Diagnostic[]; locateRule?: (id: string) => { line: number; column: number } } {
  const read = readYaml(input, file, incidentFile, 'incident file', INCIDENT_LIMITS);
  if (!read.ok) return { diagnostics: read.diagnostics };
  const v = read.value;
  const diagnostics: Diagnostic[] = [];
  const ids = faultClasses.map((c) => c.id);
  if (!ids.includes(v['fault-class'])) {
    const { line, column } = read.locate(['fault-class']);
    const suggestion = closest(v['fault-class'], ids);
    diagnostics.push({ code: 'incident-unknown-fault-class', severity: 'error', message: `unknown fault class "${v['fault-class']}"`, file, line, column, hint: suggestion !== undefined ? `did you mean "${suggestion}"?` : `one of: ${ids.join(', ')}` });
  }
  for (const id of Object.keys(v.progress)) {
    if (!ruleIds.has(id)) {
      const { line, column } = read.locate(['progress', id], 'key');
      const suggestion = nearRuleId(id, ruleIds);
      const d: Diagnostic = { code: 'progress-unknown-rule', severity: 'error', message: `there is no rule ${id}`, file, line, column };
      if (suggestion !== undefined) d.hint = `did you mean ${suggestion}?`;
      diagnostics.push(d);
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  const incident: Incident = { id: v.incident, date: v.date, title: v.title.trim(), faultClass: v['fault-class'], summary: v.summary.trim() };
  for (const key of ['impact', 'trigger', 'detection', 'resolution'] as const) {
    const text = v[key];
    if (text !== undefined) incident[key] = text.trim();
  }
  return { incident, progress: v.progress, diagnostics, locateRule: (id) => read.locate(['progress', id], 'key') };
}
