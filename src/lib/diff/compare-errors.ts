// Compares the `errors:` tables. Codes are the ABI (Rust returns them, Go translates them); sentinels are
// the Go API (callers match them with errors.Is). A code that changes meaning is the worst case: old Go
// code translates it into the wrong sentinel without any error.
import type { ContractModel, ErrorModel } from '../contract/model.ts';
import type { RecordChange } from './change.ts';
import { compareDoc } from './compare-review.ts';
import { errorTableFacts } from './facts-of.ts';

function describe(e: ErrorModel): string {
  return `${e.code} (\`${e.name}\`, \`${e.go}\`)`;
}

export function compareErrors(record: RecordChange, base: ContractModel, head: ContractModel): void {
  const facts = [...errorTableFacts(base), ...errorTableFacts(head)];
  compareSuccessCode(record, base, head, facts);
  const headByCode = new Map(head.errors.map((e) => [e.code, e]));
  const baseByCode = new Map(base.errors.map((e) => [e.code, e]));
  const headBySentinel = new Map(head.errors.map((e) => [e.go, e]));
  const baseBySentinel = new Map(base.errors.map((e) => [e.go, e]));

  for (const e of base.errors) {
    if (headByCode.has(e.code)) continue;
    const moved = headBySentinel.get(e.go);
    if (moved !== undefined && !baseByCode.has(moved.code)) {
      record({
        kind: 'error-code-renumbered', path: moved.path, basePath: e.path, part: 'key',
        before: String(e.code), after: String(moved.code), facts,
        summary: `\`${e.go}\` is now error code ${moved.code} (was ${e.code}).`,
        implication: `Go code written for the old contract translates ${moved.code} into a generic error and never sees ${e.code} again: \`errors.Is(err, ${e.go})\` stops matching.`,
      });
      continue;
    }
    record({
      kind: 'error-code-removed', path: e.path, on: 'base', part: 'key',
      before: `${e.name} (${e.go})`, after: null, facts,
      summary: `error code ${describe(e)} was removed.`,
      implication: `Rust no longer returns ${e.code}, so Go code that matches \`errors.Is(err, ${e.go})\` never matches again. Never reuse ${e.code} for another error.`,
    });
  }
  for (const e of head.errors) {
    const old = baseByCode.get(e.code);
    if (old === undefined) {
      const moved = baseBySentinel.get(e.go);
      if (moved !== undefined && !headByCode.has(moved.code)) continue; // reported as renumbered
      record({
        kind: 'error-code-added', path: e.path, on: 'head', part: 'key',
        before: null, after: `${e.name} (${e.go})`, facts,
        summary: `error code ${describe(e)} was added.`,
        implication: `Go code written for the old contract translates ${e.code} into a generic error: add \`${e.go}\` to the Go translation table so callers can match it.`,
      });
      continue;
    }
    if (old.name !== e.name && old.go !== e.go) {
      record({
        kind: 'error-code-meaning-changed', path: e.path, part: 'key',
        before: `${old.name} (${old.go})`, after: `${e.name} (${e.go})`, facts,
        summary: `error code ${e.code} now means \`${e.name}\` (was \`${old.name}\`).`,
        implication: `Go code written for the old contract translates ${e.code} into \`${old.go}\`: callers act on the wrong error without any warning.`,
      });
      continue;
    }
    if (old.go !== e.go) {
      record({
        kind: 'error-sentinel-renamed', path: [...e.path, 'go'],
        before: old.go, after: e.go, facts,
        summary: `error code ${e.code} is now translated to \`${e.go}\` (was \`${old.go}\`).`,
        implication: `Go code that matches \`errors.Is(err, ${old.go})\` must switch to \`${e.go}\`; if the old sentinel stays exported, those checks silently never match.`,
      });
    }
    if (old.name !== e.name) {
      record({
        kind: 'error-name-changed', path: [...e.path, 'name'],
        before: old.name, after: e.name, facts: [],
        summary: `error code ${e.code} is now named \`${e.name}\` (was \`${old.name}\`).`,
        implication: 'Logs and telemetry show the new name: dashboards and alerts that match the old one stop matching.',
      });
    }
    if (old.message !== e.message) {
      record({
        kind: 'error-message-changed', path: [...e.path, 'message'],
        before: null, after: null, facts: [],
        summary: `the default message of error code ${e.code} changed.`,
        implication: 'No effect on the ABI; Go code must match the sentinel, never the message text.',
      });
    }
    compareDoc(record, old.doc, e.doc, e.path, `error code ${e.code}`);
  }
}

/** The success status is the ABI too: Go compares every return-code result with it. */
function compareSuccessCode(record: RecordChange, base: ContractModel, head: ContractModel, facts: string[]): void {
  if (base.successCode === head.successCode) return;
  const declared = head.successCode !== 0 ? 'head' : 'base';
  record({
    kind: 'success-code-changed', path: ['success-code'], on: base.successCode !== 0 && head.successCode !== 0 ? 'both' : declared, part: 'key',
    before: String(base.successCode), after: String(head.successCode), facts,
    summary: `the status that means success is now ${head.successCode} (was ${base.successCode}).`,
    implication: `Go code written for the old contract treats ${base.successCode} as success: it reports every successful call as a failure, and reads the out values of calls that failed with ${base.successCode}.`,
  });
}
