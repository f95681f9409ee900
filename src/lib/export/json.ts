// Checklist (and postmortem) -> JSON following public/schema/checklist-v1.json. Keys are written in a
// fixed order so equal checklists give byte-identical documents.
import type { Checklist } from '../engine/checklist.ts';
import type { Postmortem } from '../engine/postmortem.ts';
import type { RuleReason } from '../engine/reasons.ts';
import type { AuditRule } from '../rules/schema.ts';
import { CHECKLIST_SCHEMA_URL, type ChecklistItemJson, type ChecklistJson } from './checklist-schema.ts';
import { jsonText } from '../output/json.ts';
import type { RuleEvidence } from '../code/scan-evidence.ts';

function becauseJson(reason: RuleReason): NonNullable<ChecklistItemJson['because']> {
  return {
    facts: [...reason.facts],
    answers: reason.answers.map((a) => ({ question: a.question, answer: a.answer })),
    elements: reason.elements.map((e) => ({
      kind: e.kind,
      name: e.name,
      ...(e.of !== undefined ? { of: e.of } : {}),
      related: e.related.map(([relation, names]) => ({ relation, names: [...names] })),
    })),
    inputs: [...reason.inputs],
  };
}

function codeJson(e: RuleEvidence): NonNullable<ChecklistItemJson['code']> {
  return { status: e.status, probes: [...e.probes], findings: e.findings.map((f) => ({ probe: f.probe, message: f.message, file: f.file, line: f.line, column: f.column })) };
}

function item(rule: AuditRule, reason: RuleReason | undefined, status?: ChecklistItemJson['status'], code?: RuleEvidence): ChecklistItemJson {
  const out: ChecklistItemJson = {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    phase: rule.phase,
    when: rule.when === undefined ? null : { ...(rule.when['all-of'] ? { 'all-of': [...rule.when['all-of']] } : {}), ...(rule.when['any-of'] ? { 'any-of': [...rule.when['any-of']] } : {}) },
    rationale: rule.rationale,
    verify: rule.verify.map((s) => ({ step: s.step, ...(s.run !== undefined ? { run: s.run } : {}), ...(s.in !== undefined ? { in: s.in } : {}) })),
    evidence: [...rule.evidence],
    covers: [...rule.covers],
    patterns: [...rule.patterns],
    lint: [...rule.lint],
    anssi: [...rule.anssi],
    references: rule.references.map((r) => ({ title: r.title, url: r.url })),
    scope: reason !== undefined ? 'boundary' : 'baseline',
  };
  if (status !== undefined) out.status = status;
  if (reason !== undefined) out.because = becauseJson(reason);
  if (code !== undefined) out.code = codeJson(code);
  return out;
}

/** The checklist as a plain object matching the published schema. */
export function checklistToJson(c: Checklist, pm?: Postmortem, code: readonly RuleEvidence[] = []): ChecklistJson {
  const m = c.meta;
  const doc: ChecklistJson = {
    $schema: CHECKLIST_SCHEMA_URL,
    format: 'interlock-checklist',
    version: 1,
    project: m.project ?? null,
    crate: m.crate ?? null,
    goModule: m.goModule ?? null,
    abi: m.abi ?? null,
    date: m.date,
    interlock: m.interlockVersion,
    input: { kind: m.input.kind, hash: m.input.hash },
    facts: [...c.facts],
    counts: { total: c.counts.total, critical: c.counts.critical, high: c.counts.high, medium: c.counts.medium, low: c.counts.low },
    phases: c.phases.map((g) => ({ phase: g.phase, items: g.rules.map((r) => item(r, c.reasons[r.id], pm?.status[r.id], code.find((e) => e.rule === r.id))) })),
  };
  if (pm !== undefined) {
    const inc = pm.incident;
    const fc = pm.faultClass;
    doc.postmortem = {
      incident: inc.id,
      date: inc.date,
      title: inc.title,
      summary: inc.summary,
      impact: inc.impact ?? null,
      trigger: inc.trigger ?? null,
      detection: inc.detection ?? null,
      resolution: inc.resolution ?? null,
      faultClass: { id: fc.id, title: fc.title, summary: fc.summary, detectors: [...fc.detectors], rules: [...fc.rules], patterns: [...fc.patterns] },
      actionItems: pm.actionItems.map((a) => ({ id: a.rule.id, status: a.status, guardsFaultClass: a.guardsFaultClass })),
      faultRulesNotInChecklist: [...pm.faultRulesNotInChecklist],
    };
  }
  return doc;
}

/** The JSON text: two-space indentation and a trailing newline. */
export function checklistJsonText(c: Checklist, pm?: Postmortem, code?: readonly RuleEvidence[]): string {
  return jsonText(checklistToJson(c, pm, code));
}
