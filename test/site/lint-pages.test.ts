// Each lint rule's page shows its invalid case as a team would write it: the fixture's `#~` test marks
// are gone, every other line is there, and the marked lines are the ones the page highlights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist.ts';
import { renderedCodeBlocks } from '../support/code-blocks.ts';
import { RULE_IDS } from '../../src/lib/contract/rules/index.ts';

const REPO = new URL('../../', import.meta.url);

test('every lint page shows its invalid.yaml without the #~ marks, line for line', () => {
  assert.ok(RULE_IDS.length >= 20, `only ${RULE_IDS.length} lint rules`);
  for (const id of RULE_IDS) {
    const fixture = readFileSync(new URL(`test/fixtures/contract/rules/${id}/invalid.yaml`, REPO), 'utf8').trimEnd();
    assert.match(fixture, / {2}#~ /, `${id}: invalid.yaml has no mark`);
    const html = readFileSync(join(DIST, 'lint', id, 'index.html'), 'utf8');
    const expected = fixture.replace(/ {2}#~ [^\n]*/g, '');
    assert.ok(renderedCodeBlocks(html).some((block) => block.code === expected), `${id}: no block equals invalid.yaml without its marks`);
    assert.doesNotMatch(html, /#~/, `${id}: a test mark reached the page`);
  }
});
