// Shared harness for the per-rule tests: the valid case is lint-clean, the invalid case yields exactly the
// pinned findings. The cases are files under test/fixtures/contract/rules/<id>/, which the docs pages show.
// Findings are matched by message ID and data, as typescript-eslint's RuleTester does, never by the English:
// rewording a message changes no test here (message-text.test.ts pins how each message reads).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allDiagnostics, checkContract } from '../../../../src/lib/contract/check.ts';
import { findRule } from '../../../../src/lib/contract/rules/index.ts';

export interface Expected {
  code: string;
  line: number;
  column: number;
  messageId: string;
  data: Readonly<Record<string, string>>;
}

export function caseFile(id: string, kind: 'valid' | 'invalid'): string {
  return `test/fixtures/contract/rules/${id}/${kind}.yaml`;
}

function run(id: string, kind: 'valid' | 'invalid') {
  const path = new URL(`../../../fixtures/contract/rules/${id}/${kind}.yaml`, import.meta.url);
  return allDiagnostics(checkContract(new Uint8Array(readFileSync(path)), caseFile(id, kind)));
}

export function ruleCases(id: string, invalid: readonly Expected[]): void {
  test(`${id}: the rule exists`, () => {
    assert.ok(findRule(id), `no rule ${id} in src/lib/contract/rules/index.ts`);
  });
  test(`${id}: the valid case is clean`, () => {
    assert.deepEqual(run(id, 'valid').map((d) => `${d.code}@${d.line}:${d.column} ${d.messageId}`), []);
  });
  test(`${id}: the invalid case yields exactly the pinned findings`, () => {
    const actual = run(id, 'invalid').map(({ code, line, column, messageId, data }) => ({ code, line, column, messageId, data }));
    assert.deepEqual(actual, invalid);
    assert.ok(invalid.some((e) => e.code === id), 'the invalid case must trigger the rule itself');
    for (const d of run(id, 'invalid').filter((d) => d.code === id)) {
      assert.equal(d.severity, findRule(id)?.meta.severity);
    }
  });
}

/**
 * Small inline cases, as typescript-eslint's RuleTester takes them: each valid contract is clean, and each
 * invalid one yields exactly its findings of this rule, written "line:column messageId {data}". `types:` and
 * `functions:` are spliced into a minimal contract, so a case shows only what it is about.
 */
export function inlineCases(id: string, cases: { valid: readonly InlineCase[]; invalid: ReadonlyArray<InlineCase & { findings: readonly string[] }> }): void {
  const own = (c: InlineCase): string[] =>
    allDiagnostics(checkContract(inlineContract(c), `${id}.yaml`)).filter((d) => d.code === id).map((d) => `${d.line}:${d.column} ${d.messageId} ${JSON.stringify(d.data)}`);
  cases.valid.forEach((c, i) => test(`${id}: inline valid case ${i + 1} (${c.name})`, () => assert.deepEqual(own(c), [])));
  cases.invalid.forEach((c, i) => test(`${id}: inline invalid case ${i + 1} (${c.name})`, () => assert.deepEqual(own(c), c.findings)));
}

interface InlineCase {
  name: string;
  /** The body of `types:`, indented by two spaces; empty for none. */
  types: string;
  /** The body of `functions:`, indented by two spaces; one function that can neither fail nor panic by default. */
  functions?: string;
}

/** Line 4 is the first line of `types:`'s body (or of `functions:`'s when there are no types). */
function inlineContract(c: InlineCase): string {
  const types = c.types === '' ? '' : `types:\n${c.types}`;
  return `interlock: 1.1\nlibrary: { name: demo, abi: "1.0", go_package: example.com/demo }\n${types}functions:\n${c.functions ?? '  demo_f: { errors: none, panics: catch }\n'}`;
}
