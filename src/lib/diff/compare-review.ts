// Changes a reviewer reads but the ABI does not see: documentation text and `allow:` acknowledgements of
// lint findings (an acknowledgement is a justified departure from the memory contract, so it is audited).
import type { Allowances, SourcePath } from '../contract/model.ts';
import { findRule } from '../contract/rules/index.ts';
import type { RecordChange } from './change.ts';

export function compareDoc(record: RecordChange, base: string | undefined, head: string | undefined, path: SourcePath, label: string, basePath: SourcePath = path): void {
  if (base === head) return;
  record({
    kind: 'doc-changed', path: [...path, 'doc'], basePath: [...basePath, 'doc'],
    before: null, after: null, facts: [],
    summary: `the documentation of ${label} changed.`,
    implication: 'No effect on the ABI or on memory safety.',
  });
}

/**
 * One change per rule ID acknowledged, dropped or re-justified; the reasons themselves stay out of reports.
 * It touches the facts the lint rule is about, or the whole item's facts for a rule interlock does not know.
 */
export function compareAllow(record: RecordChange, base: Allowances, head: Allowances, path: SourcePath, label: string, itemFacts: readonly string[]): void {
  const ids = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  for (const id of ids) {
    const before = base[id];
    const after = head[id];
    if (before === after) continue;
    const facts = findRule(id)?.meta.facts ?? itemFacts;
    let summary: string;
    let implication: string;
    if (before === undefined) {
      summary = `lint rule \`${id}\` is now acknowledged on ${label}.`;
      implication = `\`interlock check\` no longer reports \`${id}\` here: the written reason is a departure from the memory contract and needs a reviewer's explicit agreement.`;
    } else if (after === undefined) {
      summary = `lint rule \`${id}\` is no longer acknowledged on ${label}.`;
      implication = `\`interlock check\` reports \`${id}\` here again unless the contract now satisfies it.`;
    } else {
      summary = `the reason for acknowledging lint rule \`${id}\` on ${label} changed.`;
      implication = 'A reviewer must agree with the new justification.';
    }
    record({
      kind: 'allowance-changed', path: [...path, 'allow', id], on: after === undefined ? 'base' : before === undefined ? 'head' : 'both',
      part: before === undefined || after === undefined ? 'key' : 'value',
      requires: 'none', before: before === undefined ? null : 'acknowledged', after: after === undefined ? null : before === undefined ? 'acknowledged' : 'acknowledged with a new reason',
      facts, summary, implication,
    });
  }
}
