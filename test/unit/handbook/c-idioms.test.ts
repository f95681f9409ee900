// Every contract shown on the "C idioms in a contract" page is a complete contract that interlock check
// accepts with nothing to report: the page can never teach a spelling the format refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allDiagnostics, checkContract } from '../../../src/lib/contract/check.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';

const PAGE = 'content/docs/boundary-contracts/c-idioms.mdx';
const text = readFileSync(new URL(`../../../${PAGE}`, import.meta.url), 'utf8');
const blocks = [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

test('the page shows its contracts (a floor, so a changed fence cannot make this test vacuous)', () => {
  assert.equal(blocks.length, 11);
});

for (const [i, block] of blocks.entries()) {
  test(`contract ${i + 1} on the page checks clean`, () => {
    const result = checkContract(block, `${PAGE}#${i + 1}`);
    assert.ok(result.model !== undefined, allDiagnostics(result).map((d) => formatDiagnostic(d)).join('\n'));
    assert.deepEqual(allDiagnostics(result).map((d) => formatDiagnostic(d)), []);
  });
}
