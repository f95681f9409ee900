// What reaches a pull-request comment or a terminal from outside: file names are fenced or sanitised, and a
// very long diff is cut before GitHub's comment limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffContracts } from '../../../src/lib/diff/diff.ts';
import { code, formatMarkdown } from '../../../src/lib/diff/format-markdown.ts';
import { formatText } from '../../../src/lib/diff/format-text.ts';
import { contract, side } from './support.ts';

const F = '  demo_f:\n    errors: none\n    panics: catch';

test('code(): a fence longer than any backtick run, padding for edge backticks, no line breaks', () => {
  assert.equal(code('plain'), '`plain`');
  assert.equal(code('a`b'), '``a`b``');
  assert.equal(code('`x``'), '``` `x`` ```');
  assert.equal(code('evil\n## heading\r<img src=x>'), '`evil\uFFFD## heading\uFFFD<img src=x>`');
});

test('a hostile file name stays inside code spans in Markdown and loses its escape sequences in text', () => {
  const name = 'pr`s/\u001b[31mred\n- [x] approved.yaml';
  const report = diffContracts(side(name, contract({ abi: '1.0', functions: F })), side('head.yaml', contract({ abi: '1.0', functions: `${F}\n  demo_g:\n    errors: none\n    panics: catch` })), { kind: 'facts', summaries: {} });
  const md = formatMarkdown(report);
  assert.ok(md.includes('Base ``pr`s/\uFFFD[31mred\uFFFD- [x] approved.yaml``, head `head.yaml`.'), md);
  assert.ok(!md.includes('\n- [x] approved'));
  const text = formatText(report);
  assert.ok(text.includes('  base pr`s/\uFFFD[31mred\uFFFD- [x] approved.yaml\n'), text);
  assert.ok(!text.includes('\u001b'));
});

test('Markdown lists at most 50 changes per severity and says how many more there are', () => {
  const many = Array.from({ length: 60 }, (_, i) => `  demo_f${i}:\n    errors: none\n    panics: catch`).join('\n');
  const report = diffContracts(side('base.yaml', contract({ abi: '1.0', functions: F })), side('head.yaml', contract({ abi: '1.1', functions: `${F}\n${many}` })), { kind: 'facts', summaries: {} });
  const md = formatMarkdown(report);
  assert.equal(report.changes.length, 60);
  assert.equal(md.split('\n').filter((l) => l.startsWith('- `function-added`')).length, 50);
  assert.ok(md.includes('- ... and 10 more (run `interlock diff --format json` for all).'));
  assert.ok(md.length < 65536);
});
