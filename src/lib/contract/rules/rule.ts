// The shape of one lint rule: metadata that the docs pages render, and a check over the model.
import type { Severity } from '../../diagnostics/diagnostic.ts';
import type { PathPart } from '../locate.ts';
import type { ContractModel, SourcePath } from '../model.ts';

interface RuleMeta {
  /** Stable kebab-case ID: the diagnostic code, the docs URL (/lint/<id>/) and the key in `allow:`. */
  id: string;
  title: string;
  severity: Severity;
  /** What the rule checks, one or two sentences. */
  description: string;
  /** Why it matters at a Go <-> Rust boundary: the failure it prevents. */
  rationale: string;
  /** Fact IDs (playbooks/facts.yaml) the rule is about. */
  facts?: readonly string[];
  /** Seed point IDs the rule helps enforce. */
  covers?: readonly string[];
  /** Every message the rule reports, by ID; `{{name}}` is filled from a finding's data. */
  messages: Readonly<Record<string, string>>;
  /** The hint that goes with a message ID (or with a finding's hintId), filled from the same data. */
  hints?: Readonly<Record<string, string>>;
}

export interface Finding {
  /** Where the finding points: the model item's path plus the field, like [...fn.path, 'errors']. */
  path: SourcePath;
  /** `key` to point at the mapping key rather than its value. */
  part?: PathPart;
  /** Which of the rule's messages: tests and tools match on it, never on the English. */
  messageId: string;
  /** The values the message and hint templates name. */
  data?: Readonly<Record<string, string | number>>;
  /** A hint other than the message's own (`didYouMean` when a near name exists). */
  hintId?: string;
}

export interface RuleContext {
  report(finding: Finding): void;
  /** Every known rule ID (for rules that check references to rules). */
  readonly ruleIds: readonly string[];
}

export interface LintRule {
  meta: RuleMeta;
  check(model: ContractModel, ctx: RuleContext): void;
}
