// Loaded on first use: the real engine builds the checklist, postmortem, Markdown, JSON and zip exactly as the CLI does.
import type { Answers } from '../lib/engine/answers.ts';
import type { Checklist } from '../lib/engine/checklist.ts';
import { checklistFromAnswers, type Playbook } from '../lib/engine/playbook.ts';
import { checklistFromContract, type ContractChecklistSource } from '../lib/engine/contract-checklist.ts';
import { incidentFile } from '../lib/engine/postmortem-schema.ts';
import { buildPostmortem, type Incident, type Postmortem, type Progress } from '../lib/engine/postmortem.ts';
import { bundleFromChecklist, bundlePatternIds, type AvailablePattern, type BundleFile } from '../lib/export/bundle.ts';
import { checklistJsonText } from '../lib/export/json.ts';
import { checklistMarkdown, postmortemMarkdown } from '../lib/export/markdown.ts';
import type { DetectorId } from '../lib/patterns/schema.ts';
import type { WizardData } from './data.ts';

export interface ExportRequest {
  data: WizardData;
  answers: Answers;
  /** An imported contract the checklist follows instead of the answers, as `interlock checklist --contract` does. */
  contract?: ContractChecklistSource;
  /** YYYY-MM-DD in UTC, as `interlock checklist` uses by default. */
  date: string;
  /** Postmortem fields as typed, when the answers say the checklist follows an incident. */
  postmortem?: Record<string, string>;
  progress: Progress;
}

export type Prepared =
  | { ok: true; checklist: Checklist; postmortem?: Postmortem }
  | { ok: false; problems: FieldProblem[] };

function playbook(data: WizardData): Playbook {
  // The facts vocabulary only matters when loading files; the checklist needs rules and questions.
  return { facts: new Set(), rules: data.rules, questionnaire: data.questionnaire, faultClasses: data.faultClasses };
}

export interface FieldProblem {
  /** The postmortem field ID, like summary. */
  field: string;
  message: string;
}

/** The incident as `interlock checklist --postmortem incident.yaml` would read it, or every problem with the fields. */
export function incidentFromFields(fields: Record<string, string>, data: WizardData): { incident?: Incident; problems: FieldProblem[] } {
  const raw: Record<string, string> = {};
  for (const field of data.questionnaire.postmortem.fields) {
    const value = fields[field.id]?.trim() ?? '';
    if (value !== '') raw[field.id] = value;
  }
  const parsed = incidentFile.safeParse(raw);
  if (!parsed.success) {
    // A missing required field is a type error to the schema; to a person it is just "required".
    return { problems: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.code === 'invalid_type' ? 'required' : i.message })) };
  }
  const v = parsed.data;
  const fault = data.faultClasses.find((c) => c.id === v['fault-class']);
  if (fault === undefined) return { problems: [{ field: 'fault-class', message: `unknown fault class "${v['fault-class']}"` }] };
  const incident: Incident = { id: v.incident, date: v.date, title: v.title.trim(), faultClass: v['fault-class'], summary: v.summary.trim() };
  for (const key of ['impact', 'trigger', 'detection', 'resolution'] as const) {
    const text = v[key];
    if (text !== undefined) incident[key] = text.trim();
  }
  return { incident, problems: [] };
}

export function prepare(req: ExportRequest): Prepared {
  const run = { date: req.date, interlockVersion: req.data.version };
  const checklist = req.contract !== undefined ? checklistFromContract(playbook(req.data), req.contract, run) : checklistFromAnswers(playbook(req.data), req.answers, run);
  if (req.postmortem === undefined) return { ok: true, checklist };
  const { incident, problems } = incidentFromFields(req.postmortem, req.data);
  if (incident === undefined) return { ok: false, problems };
  const fault = req.data.faultClasses.find((c) => c.id === incident.faultClass);
  if (fault === undefined) return { ok: false, problems: [{ field: 'fault-class', message: 'unknown fault class' }] };
  const progress: Record<string, 'done' | 'failed'> = {};
  for (const [id, state] of Object.entries(req.progress)) if (state === 'done' || state === 'failed') progress[id] = state;
  return { ok: true, checklist, postmortem: buildPostmortem(checklist, incident, fault, progress) };
}

export function markdownOf(p: { checklist: Checklist; postmortem?: Postmortem }): string {
  return p.postmortem !== undefined ? postmortemMarkdown(p.checklist, p.postmortem) : checklistMarkdown(p.checklist);
}

export function jsonOf(p: { checklist: Checklist; postmortem?: Postmortem }): string {
  return checklistJsonText(p.checklist, p.postmortem);
}

interface PatternPayload {
  id: string;
  title: string;
  detectors: DetectorId[];
  files: Array<{ path: string; text: string }>;
}

const encoder = new TextEncoder();
const toFiles = (files: ReadonlyArray<{ path: string; text: string }>): BundleFile[] => files.map((f) => ({ path: f.path, data: encoder.encode(f.text) }));

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The zip bundle, built from the pattern files this site publishes at /wizard-data/. */
export async function zipOf(p: { checklist: Checklist; postmortem?: Postmortem; contract?: string }, data: WizardData): Promise<{ ok: true; zip: Uint8Array } | { ok: false; problems: string[] }> {
  const library = new Map(Object.entries(data.patterns).map(([id, pattern]) => [id, pattern.facts]));
  const ids = bundlePatternIds(p.checklist, p.postmortem, library);
  const [shared, ...payloads] = await Promise.all([
    fetchJson<{ files: Array<{ path: string; text: string }> }>('/wizard-data/shared.json'),
    ...ids.map((id) => fetchJson<PatternPayload>(`/wizard-data/patterns/${id}.json`)),
  ]);
  const patterns: Record<string, AvailablePattern> = {};
  for (const payload of payloads as PatternPayload[]) {
    if (!library.has(payload.id)) continue;
    patterns[payload.id] = { title: payload.title, detectors: payload.detectors, files: toFiles(payload.files) };
  }
  const result = bundleFromChecklist({
    checklist: p.checklist,
    ...(p.postmortem !== undefined ? { postmortem: p.postmortem } : {}),
    ...(p.contract !== undefined ? { contract: p.contract } : {}),
    toolVersion: data.version,
    patterns,
    shared: toFiles(shared?.files ?? []),
    library,
  });
  return result.ok ? { ok: true, zip: result.zip } : { ok: false, problems: result.problems };
}
