// Compares the `errors:` tables. Codes are the ABI (Rust returns them, Go translates them); sentinels are
// the Go API (callers match them with errors.Is). A code that changes meaning is the worst case: old Go
// code translates it into the wrong sentinel without any error.
import type { ContractModel, ErrorModel } from '../contract/model.ts';
import type { RecordChange } from './change.ts';
import { compareDoc } from './compare-review.ts';
import { errorTableFacts } from './facts-of.ts';

function describe(e: ErrorModel): string {
  return e.go === undefined ? `${e.code} (\`${e.name}\`)` : `${e.code} (\`${e.name}\`, \`${e.go}\`)`;
}

/** The name and, when the contract has one (format 1.1 may not), the Go sentinel. */
function label(e: ErrorModel): string {
  return e.go === undefined ? e.name : `${e.name} (${e.go})`;
}

/** How Go code tells this error apart: errors.Is on its sentinel, or the code in the wrapper's typed error. */
function goMatch(e: ErrorModel): string {
  return e.go === undefined ? `that branches on code ${e.code}` : `that matches \`errors.Is(err, ${e.go})\``;
}

function bySentinel(errors: readonly ErrorModel[]): Map<string, ErrorModel> {
  return new Map(errors.flatMap((e) => (e.go === undefined ? [] : [[e.go, e] as const])));
}

export function compareErrors(record: RecordChange, base: ContractModel, head: ContractModel): void {
  const facts = [...errorTableFacts(base), ...errorTableFacts(head)];
  compareSuccessCode(record, base, head, facts);
  const headByCode = new Map(head.errors.map((e) => [e.code, e]));
  const baseByCode = new Map(base.errors.map((e) => [e.code, e]));
  const headBySentinel = bySentinel(head.errors);
  const baseBySentinel = bySentinel(base.errors);

  for (const e of base.errors) {
    if (headByCode.has(e.code)) continue;
    const moved = e.go === undefined ? undefined : headBySentinel.get(e.go);
    if (moved !== undefined && e.go !== undefined && !baseByCode.has(moved.code)) {
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
      before: label(e), after: null, facts,
      summary: `error code ${describe(e)} was removed.`,
      implication: `Rust no longer returns ${e.code}, so Go code ${goMatch(e)} never matches again. Never reuse ${e.code} for another error.`,
    });
  }
  for (const e of head.errors) {
    const old = baseByCode.get(e.code);
    if (old === undefined) {
      const moved = e.go === undefined ? undefined : baseBySentinel.get(e.go);
      if (moved !== undefined && !headByCode.has(moved.code)) continue; // reported as renumbered
      record({
        kind: 'error-code-added', path: e.path, on: 'head', part: 'key',
        before: null, after: label(e), facts,
        summary: `error code ${describe(e)} was added.`,
        implication: e.go === undefined
          ? `Go code written for the old contract reports ${e.code} as an unknown code: add it to the wrapper's table of known codes.`
          : `Go code written for the old contract translates ${e.code} into a generic error: add \`${e.go}\` to the Go translation table so callers can match it.`,
      });
      continue;
    }
    // Without sentinels on either side, the name is all that says what a code means.
    if (old.name !== e.name && (old.go !== e.go || old.go === undefined)) {
      record({
        kind: 'error-code-meaning-changed', path: e.path, part: 'key',
        before: label(old), after: label(e), facts,
        summary: `error code ${e.code} now means \`${e.name}\` (was \`${old.name}\`).`,
        implication: `Go code written for the old contract ${old.go === undefined ? `treats ${e.code} as \`${old.name}\`` : `translates ${e.code} into \`${old.go}\``}: callers act on the wrong error without any warning.`,
      });
      continue;
    }
    if (old.go !== e.go) compareSentinel(record, old, e, facts);
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

/** The same code, a different sentinel, or one added or dropped (format 1.1 lets a contract have none). */
function compareSentinel(record: RecordChange, old: ErrorModel, e: ErrorModel, facts: string[]): void {
  const path = e.go === undefined ? e.path : [...e.path, 'go'];
  if (old.go !== undefined && e.go !== undefined) {
    record({
      kind: 'error-sentinel-renamed', path, before: old.go, after: e.go, facts,
      summary: `error code ${e.code} is now translated to \`${e.go}\` (was \`${old.go}\`).`,
      implication: `Go code that matches \`errors.Is(err, ${old.go})\` must switch to \`${e.go}\`; if the old sentinel stays exported, those checks silently never match.`,
    });
    return;
  }
  record({
    kind: 'error-sentinel-renamed', path, before: old.go ?? null, after: e.go ?? null, facts,
    summary: e.go === undefined ? `error code ${e.code} no longer has a Go sentinel (was \`${old.go ?? ''}\`).` : `error code ${e.code} is now translated to \`${e.go}\`.`,
    implication: e.go === undefined
      ? `Go code that matches \`errors.Is(err, ${old.go ?? ''})\` must read the code from the wrapper's typed error instead; if the old sentinel stays exported, those checks silently never match.`
      : `Callers can now match \`errors.Is(err, ${e.go})\`; Go code that reads the code from the typed error still works.`,
  });
}
