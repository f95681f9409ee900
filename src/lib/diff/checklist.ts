// The targeted checklist: only the audit items whose facts a change touches. Items come from the audit
// rule catalogue when one is given (a rule applies to the head contract and names a touched fact, or
// automates a lint rule whose acknowledgement changed); otherwise each touched fact is an item.
import type { Change } from './change.ts';

/** The fields of an audit rule (playbooks/rules/<ID>.yaml) the checklist needs. */
export interface ChecklistRule {
  id: string;
  title: string;
  severity: string;
  phase: string;
  when?: { 'all-of'?: readonly string[] | undefined; 'any-of'?: readonly string[] | undefined };
  lint?: readonly string[];
}

export type ChecklistSource =
  | { kind: 'rules'; rules: readonly ChecklistRule[] }
  | { kind: 'facts'; summaries: Readonly<Record<string, string>> };

export interface ChecklistItem {
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

export interface Checklist {
  source: 'rules' | 'facts';
  items: ChecklistItem[];
}

/** The rule catalogue's order (playbooks/rules/README.md): phase, then severity, then ID. */
const PHASE_ORDER = ['design', 'implementation', 'testing', 'release', 'incident-follow-up'];
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];

function rank(order: readonly string[], value: string | undefined): number {
  const i = value === undefined ? -1 : order.indexOf(value);
  return i === -1 ? order.length : i;
}

/** A rule's `when`: every all-of fact holds and at least one any-of fact holds. */
export function ruleApplies(when: ChecklistRule['when'], facts: ReadonlySet<string>): boolean {
  if (when === undefined) return true;
  const all = when['all-of'] ?? [];
  const any = when['any-of'];
  return all.every((f) => facts.has(f)) && (any === undefined || any.some((f) => facts.has(f)));
}

/** The lint rule IDs whose acknowledgement a change added, dropped or re-justified. */
function acknowledgedRule(change: Change): string | undefined {
  return change.kind === 'allowance-changed' ? String(change.path[change.path.length - 1]) : undefined;
}

export function targetedChecklist(changes: readonly Change[], headFacts: ReadonlySet<string>, source: ChecklistSource): Checklist {
  const audited = changes.map((c, i) => ({ c, i })).filter(({ c }) => c.audit);
  if (source.kind === 'facts') {
    const byFact = new Map<string, number[]>();
    for (const { c, i } of audited) for (const f of c.facts) byFact.set(f, [...(byFact.get(f) ?? []), i]);
    const items = [...byFact.keys()].sort().map((f): ChecklistItem => ({
      id: f, title: source.summaries[f] ?? f, facts: [f], changes: byFact.get(f) ?? [],
    }));
    return { source: 'facts', items };
  }
  const items: ChecklistItem[] = [];
  for (const rule of source.rules) {
    if (rule.when === undefined && (rule.lint ?? []).length === 0) continue;
    const whenFacts = new Set([...(rule.when?.['all-of'] ?? []), ...(rule.when?.['any-of'] ?? [])]);
    const facts = new Set<string>();
    const hits: number[] = [];
    for (const { c, i } of audited) {
      const byFact = rule.when !== undefined && ruleApplies(rule.when, headFacts) ? c.facts.filter((f) => whenFacts.has(f)) : [];
      const ack = acknowledgedRule(c);
      const byLint = ack !== undefined && (rule.lint ?? []).includes(ack);
      if (byFact.length === 0 && !byLint) continue;
      for (const f of byFact) facts.add(f);
      hits.push(i);
    }
    if (hits.length === 0) continue;
    items.push({ id: rule.id, title: rule.title, severity: rule.severity, phase: rule.phase, facts: [...facts].sort(), changes: hits });
  }
  items.sort((a, b) => rank(PHASE_ORDER, a.phase) - rank(PHASE_ORDER, b.phase) || rank(SEVERITY_ORDER, a.severity) - rank(SEVERITY_ORDER, b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { source: 'rules', items };
}
