// What reaches a pull-request comment or a terminal from outside: file names are fenced or sanitised, and a
// very long diff is cut before GitHub's comment limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffContracts } from '../../../src/lib/diff/diff.ts';
import { formatMarkdown } from '../../../src/lib/diff/format-markdown.ts';
import { formatText } from '../../../src/lib/diff/format-text.ts';
import { contract, side } from './support.ts';

const F = '  demo_f:\n    errors: none\n    panics: catch';

test('a hostile file name stays inside code spans in Markdown and shows its escapes visibly in text', () => {
  const name = 'pr`s/\u001b[31mred\n- [x] approved.yaml';
  const report = diffContracts(side(name, contract({ abi: '1.0', functions: F })), side('head.yaml', contract({ abi: '1.0', functions: `${F}\n  demo_g:\n    errors: none\n    panics: catch` })), { kind: 'facts', summaries: {} });
  const md = formatMarkdown(report);
  assert.ok(md.includes('Base ``pr`s/\\x1b[31mred\\x0a- [x] approved.yaml``, head `head.yaml`.'), md);
  assert.ok(!md.includes('\n- [x] approved'));
  const text = formatText(report);
  assert.ok(text.includes('  base pr`s/\\x1b[31mred\\x0a- [x] approved.yaml\n'), text);
  assert.ok(!text.includes('\u001b'));
});

const TYPED = '  demo_f:\n    params: { x: { type: i32 } }\n    errors: none\n    panics: catch';

function typeChange(type: string) {
  const head = contract({ abi: '2.0', functions: TYPED.replace('type: i32', `type: ${JSON.stringify(type)}`) });
  return diffContracts(side('base.yaml', contract({ abi: '1.0', functions: TYPED })), side('head.yaml', head), { kind: 'facts', summaries: {} });
}

test('issue 17: a backtick, a link, HTML and a forged heading in a parameter type stay code or escaped text', () => {
  const report = typeChange('i32` [a](http://e.io) <b>x</b>\n```\n### Approved by security');
  const md = formatMarkdown(report);
  const line = '  Parameter `x` of `demo_f` changed type from `i32` to `i32` \\[a\\](http\\://e.io) \\<b\\>x\\</b\\>\\\\x0a``` ``\\x0a### Approved by security ```. Code compiled against the old signature passes or reads a value of the wrong type: undefined behaviour unless the ABI handshake refuses the old Go wrapper.';
  assert.ok(md.split('\n').includes(line), md);
  assert.ok(!md.split('\n').some((l) => l.startsWith('### Approved')), 'no forged heading line');
  // The changelog draft is fenced by a run longer than any backtick run inside it.
  assert.ok(md.includes('#### Changelog entry (draft)\n\n````markdown\n## demo ABI 2.0\n'), md);
  assert.ok(md.endsWith('\n````\n'), md);
});

test('issue 17: terminal escapes and a forged verdict line in a parameter type are shown, not obeyed', () => {
  const text = formatText(typeChange('\u001b]0;pwned\u0007\nno relevant change (exit 0)'));
  assert.ok(text.includes('    Parameter `x` of `demo_f` changed type from `i32` to `\\x1b]0;pwned\\x07\\x0ano relevant change (exit 0)`.\n'), text);
  assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(text));
  assert.deepEqual(text.split('\n').filter((l) => /^(no relevant change|audit needed)/.test(l)), ['audit needed: 2 changes to audit, 0 governance findings (exit 1)']);
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
