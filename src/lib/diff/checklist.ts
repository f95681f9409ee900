// The targeted checklist: only the audit items whose facts a change touches. Items come from the audit
// rule catalogue when one is given (a rule that the engine applies to the head contract and that names a
// touched fact, or that automates a lint rule whose acknowledgement changed); otherwise each touched fact
// is an item.
import { compareRules, ruleApplies } from '../engine/checklist.ts';
import { PHASES } from '../rules/vocabulary.ts';
import type { AuditRule } from '../rules/schema.ts';
import type { Change } from './change.ts';

export type TargetedChecklistSource =
  | { kind: 'rules'; rules: readonly AuditRule[] }
  | { kind: 'facts'; summaries: Readonly<Record<string, string>> };

interface TargetedChecklistItem {
  /** A rule ID (IL-OWN-001) or a fact ID (buffer.rust-owned). */
  id: string;
  title: string;
  severity?: string;
  phase?: string;
  /** The touched facts that put the item on the list, sorted. */
  facts: string[];
  /** Indexes into the diff's changes that led to the item. */
  changes: number[];
}

export interface TargetedChecklist {
  source: 'rules' | 'facts';
  items: TargetedChecklistItem[];
}

/** The lint rule IDs whose acknowledgement a change added, dropped or re-justified. */
function acknowledgedRule(change: Change): string | undefined {
  return change.kind === 'allowance-changed' ? String(change.path[change.path.length - 1]) : undefined;
}

export function targetedChecklist(changes: readonly Change[], headFacts: ReadonlySet<string>, source: TargetedChecklistSource): TargetedChecklist {
  const audited = changes.map((c, i) => ({ c, i })).filter(({ c }) => c.audit);
  if (source.kind === 'facts') {
    const byFact = new Map<string, number[]>();
    for (const { c, i } of audited) for (const f of c.facts) byFact.set(f, [...(byFact.get(f) ?? []), i]);
    const items = [...byFact.keys()].sort().map((f): TargetedChecklistItem => ({
      id: f, title: source.summaries[f] ?? f, facts: [f], changes: byFact.get(f) ?? [],
    }));
    return { source: 'facts', items };
  }
  const picked: Array<{ rule: AuditRule; facts: string[]; changes: number[] }> = [];
  for (const rule of source.rules) {
    // A rule without `when` applies to every boundary: it is not targeted by any one change.
    if (rule.when === undefined && rule.lint.length === 0) continue;
    const whenFacts = new Set([...(rule.when?.['all-of'] ?? []), ...(rule.when?.['any-of'] ?? [])]);
    const facts = new Set<string>();
    const hits: number[] = [];
    for (const { c, i } of audited) {
      const byFact = rule.when !== undefined && ruleApplies(rule, headFacts) ? c.facts.filter((f) => whenFacts.has(f)) : [];
      const ack = acknowledgedRule(c);
      const byLint = ack !== undefined && rule.lint.includes(ack);
      if (byFact.length === 0 && !byLint) continue;
      for (const f of byFact) facts.add(f);
      hits.push(i);
    }
    if (hits.length > 0) picked.push({ rule, facts: [...facts].sort(), changes: hits });
  }
  // The engine's checklist order: phase, then severity, then ID.
  picked.sort((a, b) => PHASES.indexOf(a.rule.phase) - PHASES.indexOf(b.rule.phase) || compareRules(a.rule, b.rule));
  const items = picked.map(({ rule, facts, changes }): TargetedChecklistItem => ({ id: rule.id, title: rule.title, severity: rule.severity, phase: rule.phase, facts, changes }));
  return { source: 'rules', items };
}
