// Facts -> checklist: the rules whose conditions hold, grouped by phase in a fixed order and ordered by
// severity then ID, so the same facts always give the same checklist, byte for byte, on every face.
import type { AuditRule } from '../rules/schema.ts';
import { PHASES, SEVERITIES, type Phase, type RuleSeverity } from '../rules/vocabulary.ts';
import { NO_ORIGINS, ruleReason, type FactOrigins, type RuleReason } from './reasons.ts';
import { abiVersionProblem, crateNameProblem, dateProblem, goModuleProblem, printable, projectNameProblem } from './names.ts';

/** Where the facts came from: a questionnaire or a contract; the hash identifies that input. */
interface ChecklistInputRef {
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
  /**
   * Where the team's files are, for verify steps: the contract as given on the command line, and the Rust
   * crate and Go package from its `sources:` (relative to the contract).
   */
  paths?: { contract?: string; rust?: string; go?: string };
}

interface PhaseGroup {
  phase: Phase;
  rules: AuditRule[];
}

export interface Checklist {
  meta: ChecklistMeta;
  /** The facts the checklist was built from, sorted. */
  facts: string[];
  /** Only phases with at least one rule, in PHASES order. */
  phases: PhaseGroup[];
  counts: { total: number } & Record<RuleSeverity, number>;
  /**
   * Rule ID -> why it is on the list, for every rule with a condition ("from your boundary"); rules without
   * one are the baseline every boundary gets and have no entry.
   */
  reasons: Record<string, RuleReason>;
}

/** A rule applies when every all-of fact holds and, if any-of is given, at least one of those holds. */
export function ruleApplies(rule: AuditRule, facts: ReadonlySet<string>): boolean {
  const when = rule.when;
  if (when === undefined) return true;
  if (when['all-of'] !== undefined && !when['all-of'].every((f) => facts.has(f))) return false;
  if (when['any-of'] !== undefined && !when['any-of'].some((f) => facts.has(f))) return false;
  return true;
}

const severityRank = (s: RuleSeverity): number => SEVERITIES.indexOf(s);

/** Orders rules by severity (critical first), then ID. */
export function compareRules(a: AuditRule, b: AuditRule): number {
  return severityRank(a.severity) - severityRank(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every identity field that breaks its allow-list, as `field "value" problem`; empty when all are acceptable. */
function metaProblems(meta: ChecklistMeta): string[] {
  const checks: Array<[string, string | undefined, (s: string) => string | undefined]> = [
    ['project', meta.project, projectNameProblem],
    ['crate', meta.crate, crateNameProblem],
    ['Go module', meta.goModule, goModuleProblem],
    ['ABI version', meta.abi, abiVersionProblem],
    ['date', meta.date, dateProblem],
  ];
  const out: string[] = [];
  for (const [what, value, check] of checks) {
    const problem = value === undefined ? undefined : check(value);
    if (problem !== undefined) out.push(`${what} "${printable(value ?? '')}" ${problem}`);
  }
  if (!/^sha256:[0-9a-f]{64}$/.test(meta.input.hash)) out.push('the input hash is not sha256:<64 hex digits>');
  if (!/^[0-9A-Za-z.+-]{1,40}$/.test(meta.interlockVersion)) out.push(`Interlock version "${printable(meta.interlockVersion)}" is not a version`);
  return out;
}

/**
 * The checklist for a fact set. Identity fields end up verbatim in Markdown and JSON, so they must already
 * have passed the allow-lists (parseAnswersFile, decodeFragment and the contract schema do that); a value
 * that did not is a caller bug and is refused with a RangeError rather than written out.
 */
export function buildChecklist(rules: readonly AuditRule[], facts: Iterable<string>, meta: ChecklistMeta, origins: FactOrigins = NO_ORIGINS): Checklist {
  const problems = metaProblems(meta);
  if (problems.length > 0) throw new RangeError(`refused checklist identity: ${problems.join('; ')}`);
  const factSet = new Set(facts);
  const phases = checklistPhases(rules, factSet);
  const counts = { total: 0, critical: 0, high: 0, medium: 0, low: 0 };
  const reasons: Record<string, RuleReason> = {};
  for (const group of phases) {
    for (const r of group.rules) {
      counts.total += 1;
      counts[r.severity] += 1;
      const reason = ruleReason(r, factSet, origins);
      if (reason !== undefined) reasons[r.id] = reason;
    }
  }
  return { meta, facts: [...factSet].sort(), phases, counts, reasons };
}

/** The rules that apply to a fact set, by phase (empty phases left out), then severity, then ID; no identity needed, so the wizard calls it on every change. */
export function checklistPhases(rules: readonly AuditRule[], facts: ReadonlySet<string>): PhaseGroup[] {
  const applicable = rules.filter((r) => ruleApplies(r, facts));
  const phases: PhaseGroup[] = [];
  for (const phase of PHASES) {
    const inPhase = applicable.filter((r) => r.phase === phase).sort(compareRules);
    if (inPhase.length > 0) phases.push({ phase, rules: inPhase });
  }
  return phases;
}

/** Every rule of a checklist in its display order. */
export function checklistRules(c: Checklist): AuditRule[] {
  return c.phases.flatMap((p) => p.rules);
}
