// Shared harness for the per-rule tests, in the manner of clippy's UI tests. Each rule has a case folder,
// test/fixtures/contract/rules/<id>/, which the docs pages show: valid.yaml must be lint-clean; invalid.yaml
// marks each line that must get a finding with a trailing `#~ <code>/<messageId>` comment, and
// invalid.findings pins every finding exactly ("line:column code/messageId {data}"), rewritten from the
// real output by `npm run bless` (then read the diff). Findings are identified by message ID and data, as
// typescript-eslint's RuleTester does, never by the English: message-text.test.ts pins how each reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findRule } from '../../../../src/lib/contract/rules/index.ts';
import { annotations, caseFindings, findingLines, ruleCaseFile } from '../../../../src/lib/contract/rule-cases.ts';

const REPO = new URL('../../../../', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, REPO), 'utf8');

export function ruleCases(id: string): void {
  const invalidFile = ruleCaseFile(id, 'invalid.yaml');
  test(`${id}: the rule exists`, () => {
    assert.ok(findRule(id), `no rule ${id} in src/lib/contract/rules/index.ts`);
  });
  test(`${id}: the valid case is clean`, () => {
    const file = ruleCaseFile(id, 'valid.yaml');
    assert.deepEqual(findingLines(caseFindings(read(file), file)), []);
  });
  test(`${id}: the invalid case yields exactly the findings in invalid.findings (npm run bless rewrites it)`, () => {
    const findings = caseFindings(read(invalidFile), invalidFile);
    assert.deepEqual(findingLines(findings), read(ruleCaseFile(id, 'invalid.findings')).split('\n').filter(Boolean));
    assert.ok(findings.some((d) => d.code === id), 'the invalid case must trigger the rule itself');
    for (const d of findings.filter((d) => d.code === id)) assert.equal(d.severity, findRule(id)?.meta.severity);
  });
  test(`${id}: every finding is on a line annotated with its code and message ID, and every annotation is met`, () => {
    const source = read(invalidFile);
    const found = caseFindings(source, invalidFile).map((d) => `${d.line} ${d.code}/${d.messageId}`).sort();
    assert.deepEqual(found, annotations(source).map((a) => `${a.line} ${a.mark}`).sort());
  });
}

/**
 * Small inline cases, as typescript-eslint's RuleTester takes them: each valid contract is clean, and each
 * invalid one yields exactly its findings of this rule, written "line:column messageId {data}". `types:` and
 * `functions:` are spliced into a minimal contract, so a case shows only what it is about.
 */
export function inlineCases(id: string, cases: { valid: readonly InlineCase[]; invalid: ReadonlyArray<InlineCase & { findings: readonly string[] }> }): void {
  const own = (c: InlineCase): string[] =>
    caseFindings(inlineContract(c), `${id}.yaml`).filter((d) => d.code === id).map((d) => `${d.line}:${d.column} ${d.messageId} ${JSON.stringify(d.data)}`);
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
