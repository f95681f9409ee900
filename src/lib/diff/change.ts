// One classified change between two contracts, and the recorder that gives every change its positions,
// severity and facts so the comparators only say what changed and what it means.
import type { ContractModel, SourcePath } from '../contract/model.ts';
import type { Locator, PathPart, SourcePosition } from '../contract/locate.ts';
import { kindInfo } from './kinds.ts';
import type { Bump, Category, ChangeKind, Impact } from './kinds.ts';

/** One side of the comparison: a parsed, schema-valid contract and its position lookup. */
export interface Side {
  /** The name shown in reports (a path, or `<ref>:<path>` in --git mode). */
  file: string;
  model: ContractModel;
  locate: Locator;
}

export interface Change {
  kind: ChangeKind;
  category: Category;
  severity: Impact;
  /** The ABI version bump this change needs. */
  requires: Bump;
  /** Whether a reviewer must audit it (false for documentation-only changes). */
  audit: boolean;
  /** Where in the head contract (in the base contract for removals). */
  path: SourcePath;
  /** The old and new value in contract words; null when absent on that side. */
  before: string | null;
  after: string | null;
  /** Present when the changed item exists on that side. */
  base?: SourcePosition;
  head?: SourcePosition;
  /** What changed, one sentence; identifiers in backticks. */
  summary: string;
  /** What it means for Go code and memory safety, in plain words. */
  implication: string;
  /** Fact IDs (playbooks/facts.yaml) the change touches, sorted. */
  facts: string[];
}

interface ChangeInput {
  kind: ChangeKind;
  path: SourcePath;
  /** The same item's path in the base contract when it differs (a renamed parameter). */
  basePath?: SourcePath;
  /** Which sides hold the item; added items exist only in head, removed ones only in base. */
  on?: 'both' | 'base' | 'head';
  /** Point at the key (added or removed items) or at the value (changed attributes, the default). */
  part?: PathPart;
  /** Overrides the kind's usual bump when the direction decides it. */
  requires?: Bump;
  before: string | null;
  after: string | null;
  summary: string;
  implication: string;
  /** Facts of the changed item on either side, before the kind's filter. */
  facts: readonly string[];
}

/** breaking-abi and memory-safety changes need a major bump unless the comparator knows the direction is safe. */
function defaultBump(kind: ChangeKind): Bump {
  const info = kindInfo(kind);
  if (info.severity !== 'compatible') return 'major';
  return info.audit ? 'minor' : 'none';
}

function touchedFacts(kind: ChangeKind, facts: readonly string[], requires: Bump): string[] {
  const families = kindInfo(kind).factFamilies;
  const kept = new Set(facts.filter((f) => f !== 'abi.versioned' && (families === undefined || families.some((p) => f.startsWith(p)))));
  // Anything that needs a version bump is about the start-up version handshake too.
  if (requires !== 'none') kept.add('abi.versioned');
  return [...kept].sort();
}

/** Comparators build sentences from labels that start in lower case (`parameter ...`). */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type RecordChange = (input: ChangeInput) => void;

export function makeRecorder(base: Side, head: Side, out: Change[]): RecordChange {
  return (input) => {
    const info = kindInfo(input.kind);
    const on = input.on ?? 'both';
    const part = input.part ?? 'value';
    const requires = input.requires ?? defaultBump(input.kind);
    const change: Change = {
      kind: input.kind,
      category: info.category,
      severity: info.severity,
      requires,
      audit: info.audit,
      path: input.path,
      before: input.before,
      after: input.after,
      summary: sentence(input.summary),
      implication: sentence(input.implication),
      facts: touchedFacts(input.kind, input.facts, requires),
    };
    if (on !== 'head') change.base = base.locate(input.basePath ?? input.path, part);
    if (on !== 'base') change.head = head.locate(input.path, part);
    out.push(change);
  };
}

/** `functions.storage_get.params.key.pass`: the dotted form shown in reports. */
export function pathText(path: SourcePath): string {
  return path.join('.');
}
