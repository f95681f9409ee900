// Every fixture case: the pinned text, Markdown and JSON reports, computed by the pure library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffContracts } from '../../../src/lib/diff/diff.ts';
import { formatJson } from '../../../src/lib/diff/format-json.ts';
import { formatMarkdown } from '../../../src/lib/diff/format-markdown.ts';
import { formatText } from '../../../src/lib/diff/format-text.ts';
import { cases, checklistSource, read, side, TEST_VERSION } from './support.ts';

for (const c of cases()) {
  test(`case ${c.name}: text, Markdown and JSON match the pinned reports`, () => {
    const report = diffContracts(side(c.base), side(c.head), checklistSource(c.rules));
    assert.equal(formatText(report, { base: read(c.base), head: read(c.head) }), c.expected.text);
    assert.equal(formatMarkdown(report), c.expected.md);
    assert.equal(formatJson(report, { name: 'interlock', version: TEST_VERSION }), c.expected.json);
  });
}

test('the cases cover no-change, documentation-only and audit-needed outcomes', () => {
  const exits = new Map(cases().map((c) => [c.name, (JSON.parse(c.expected.json) as { exitCode: number }).exitCode]));
  assert.equal(exits.get('identical'), 0);
  assert.equal(exits.get('docs-only'), 0);
  assert.equal(exits.get('missing-major-bump'), 1);
  assert.ok([...exits.values()].filter((e) => e === 1).length >= 10);
});
