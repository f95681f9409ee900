// Facts -> checklist: the rules whose conditions hold, grouped by phase in a fixed order and ordered by
// severity then ID, so the same facts always give the same checklist, byte for byte, on every face.
import { PHASES, SEVERITIES, type Phase, type Rule, type RuleSeverity } from '../rules/schema.ts';

/** Where the facts came from: a questionnaire or a contract; the hash identifies that input. */
export interface ChecklistInputRef {
  kind: 'answers' | 'contract';
  /** `sha256:<hex>` of the canonical answers, or of the canonical fact list for a contract. */
  hash: string;
}

export interface ChecklistMeta {
  /** Already validated by the name allow-lists (names.ts). */
  project?: string;
  crate?: string;
  goModule?: string;
  /** The contract's ABI version, MAJOR.MINOR. */
  abi?: string;
  /** YYYY-MM-DD, given by the caller so output is reproducible. */
  date: string;
  interlockVersion: string;
  input: ChecklistInputRef;
}

export interface PhaseGroup {
  phase: Phase;
  rules: Rule[];
}

export interface Checklist {
  meta: ChecklistMeta;
  /** The facts the checklist was built from, sorted. */
  facts: string[];
  /** Only phases with at least one rule, in PHASES order. */
  phases: PhaseGroup[];
  counts: { total: number } & Record<RuleSeverity, number>;
}

/** A rule applies when every all-of fact holds and, if any-of is given, at least one of those holds. */
export function ruleApplies(rule: Rule, facts: ReadonlySet<string>): boolean {
  const when = rule.when;
  if (when === undefined) return true;
  if (when['all-of'] !== undefined && !when['all-of'].every((f) => facts.has(f))) return false;
  if (when['any-of'] !== undefined && !when['any-of'].some((f) => facts.has(f))) return false;
  return true;
}

const severityRank = (s: RuleSeverity): number => SEVERITIES.indexOf(s);

/** Orders rules by severity (critical first), then ID. */
export function compareRules(a: Rule, b: Rule): number {
  return severityRank(a.severity) - severityRank(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildChecklist(rules: readonly Rule[], facts: Iterable<string>, meta: ChecklistMeta): Checklist {
  const factSet = new Set(facts);
  const applicable = rules.filter((r) => ruleApplies(r, factSet));
  const phases: PhaseGroup[] = [];
  for (const phase of PHASES) {
    const inPhase = applicable.filter((r) => r.phase === phase).sort(compareRules);
    if (inPhase.length > 0) phases.push({ phase, rules: inPhase });
  }
  const counts = { total: applicable.length, critical: 0, high: 0, medium: 0, low: 0 };
  for (const r of applicable) counts[r.severity] += 1;
  return { meta, facts: [...factSet].sort(), phases, counts };
}

/** Every rule of a checklist in its display order. */
export function checklistRules(c: Checklist): Rule[] {
  return c.phases.flatMap((p) => p.rules);
}
