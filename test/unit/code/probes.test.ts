// Each static probe on small valid and invalid sources: findings pinned by messageId, data and line.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { test } from 'node:test';
import { PROBES } from '../../../src/lib/code/probes/index.ts';
import { CASES } from '../../../src/lib/code/probes/cases.ts';
import { boundary } from './parse-inline.ts';

for (const probe of PROBES) {
  test(`probe ${probe.meta.id}: valid and invalid cases`, async () => {
    const cases = CASES[probe.meta.id];
    assert.ok(cases !== undefined && cases.some((c) => c.expect.length === 0) && cases.some((c) => c.expect.length > 0), 'every probe has valid and invalid cases');
    for (const c of cases) {
      const found = probe.check(await boundary(c)).map((f) => [f.messageId, f.pos.line, ...Object.entries(f.data).filter(([k]) => k !== 'subject').map(([k, v]) => `${k}=${v}`)].join(' '));
      assert.deepEqual(found, c.expect, `${probe.meta.id}: ${c.name}`);
    }
  });
}

test('every probe names an audit rule that exists and a message for each messageId it reports', () => {
  for (const p of PROBES) {
    assert.ok(existsSync(new URL(`../../../playbooks/rules/${p.meta.answers}.yaml`, import.meta.url)), `${p.meta.id} answers ${p.meta.answers}`);
    assert.ok(Object.keys(p.meta.messages).length > 0);
  }
  assert.deepEqual(PROBES.map((p) => p.meta.id), [...new Set(PROBES.map((p) => p.meta.id))]);
});

test('no parser type leaves src/node/code: only its parser module imports web-tree-sitter', () => {
  const src = new URL('../../../src/', import.meta.url);
  const importers = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && /from ['"]web-tree-sitter['"]/.test(readFileSync(new URL(f, src), 'utf8')))
    .map((f) => f.split(sep).join('/'));
  assert.deepEqual(importers, ['node/code/parser.ts']);
});
