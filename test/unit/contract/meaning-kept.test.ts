// Format 1.1 is backward compatible: every `interlock: 1` contract in the repository (samples, diagram, drift,
// diff and team fixtures) gives the same facts and the same findings, at the same positions, as the code
// before format 1.1 gave. The oracle, test/fixtures/contract/meaning-before-1.1.json, was printed by
// that older code (commit ac75b56, the parent of the first 1.1 commit), not by the code under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allDiagnostics, checkContract } from '../../../src/lib/contract/check.ts';
import { contractFacts } from '../../../src/lib/contract/facts.ts';

const REPO = new URL('../../../', import.meta.url);
const before = JSON.parse(readFileSync(new URL('test/fixtures/contract/meaning-before-1.1.json', REPO), 'utf8')) as Record<string, { facts: string[] | null; findings: string[] }>;

test('the oracle covers the samples and fixtures written in format 1 (a floor)', () => {
  assert.ok(Object.keys(before).length >= 29);
  assert.ok(Object.keys(before).includes('content/contracts/imgcodec.yaml'));
});

for (const [file, expected] of Object.entries(before)) {
  test(`${file} keeps its meaning`, () => {
    const text = readFileSync(new URL(file, REPO), 'utf8');
    assert.match(text, /^interlock: 1$/m, 'the file is still a format 1 contract');
    const r = checkContract(text, file);
    assert.deepEqual(r.model !== undefined ? contractFacts(r.model) : null, expected.facts);
    assert.deepEqual(allDiagnostics(r).map((d) => `${d.code}@${d.line}:${d.column}`), expected.findings);
  });
}
