// The incident-file format (incident.yaml: the postmortem form's fields plus progress) in zod, and its reader. The
// field checks are postmortem.ts's; this module adds zod and yaml, which the wizard loads only on export.
import { z } from 'zod';
import { checkedName } from '../contract/schema/names.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { closest } from '../diagnostics/did-you-mean.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { ruleId } from '../rules/schema.ts';
import type { FaultClass } from './fault-classes.ts';
import { dateProblem, incidentIdProblem, printable, proseProblem } from './names.ts';
import { nearRuleId, PROGRESS_STATES, PROSE_LIMITS, type Incident, type Progress } from './postmortem.ts';

/** A format problem (not a refused name), like a date that does not exist. */
function formatted(check: (s: string) => string | undefined) {
  return z.string().superRefine((s, ctx) => {
    const problem = check(s);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `"${printable(s)}" ${problem}` });
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
    incident: checkedName('incident ID', incidentIdProblem).describe('The tracker ID, like INC-2026-014.'),
    date: formatted(dateProblem).describe('The day the incident started, YYYY-MM-DD.'),
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

export const INCIDENT_LIMITS = { maxBytes: 64 * 1024, maxDepth: 4, maxProblems: 50 } as const;

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
