// The output encoders pinned on exact strings: what each special character becomes in Markdown, a terminal
// and JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonText } from '../../../src/lib/output/json.ts';
import { mdCode, mdCodeInCell, mdFence, mdLink, mdProse, mdRich, mdText } from '../../../src/lib/output/markdown.ts';
import { terminalReport, terminalText } from '../../../src/lib/output/terminal.ts';

test('terminal: controls, bidi and line separators become visible escapes', () => {
  assert.equal(terminalText('a\u001b[2Jb\u0007c\nd\te\r'), 'a\\x1b[2Jb\\x07c\\x0ad\\x09e\\x0d');
  assert.equal(terminalText('x\u202ey\u2066z\u2028\u0085\u007f'), 'x\\u202ey\\u2066z\\u2028\\x85\\x7f');
  assert.equal(terminalText('plain ✓ text'), 'plain ✓ text');
  assert.equal(terminalReport('line 1\n\tline 2\u001b]0;title\u0007\r\n'), 'line 1\n\tline 2\\x1b]0;title\\x07\\x0d\n');
});

test('markdown text: markup characters escaped, line starts neutralised, plain prose untouched', () => {
  assert.equal(mdText('it is done (see above), 3.1 - ok.'), 'it is done (see above), 3.1 - ok.');
  assert.equal(mdText('[x](javascript:alert(1)) ![i](https://t.io/p.png)'), '\\[x\\](javascript\\:alert(1)) !\\[i\\](https\\://t.io/p.png)');
  assert.equal(mdText('<img src=x> &amp; @admin #12 www.evil.io a|b ~~s~~ *e* _u_'), '\\<img src=x\\> \\&amp; \\@admin \\#12 www\\.evil.io a\\|b \\~\\~s\\~\\~ \\*e\\* \\_u\\_');
  assert.equal(mdText('- [x] approved'), '\\- \\[x\\] approved');
  assert.equal(mdText('12. item'), '12\\. item');
  assert.equal(mdText('2.4 tilestore_core catch_unwind -x +y'), '2.4 tilestore_core catch_unwind -x +y');
  assert.equal(mdText('+ item'), '\\+ item');
  assert.equal(mdText('---'), '\\---');
  assert.equal(mdText('3) item'), '3\\) item');
  assert.equal(mdText('> quote'), '\\> quote');
  assert.equal(mdText('=== '), '\\=== ');
  assert.equal(mdText('a\n## Approved\u001b'), 'a\\\\x0a\\#\\# Approved\\\\x1b');
  assert.equal(mdText('back\\slash'), 'back\\\\slash');
});

test('markdown prose: one escaped line per line, no indentation and no trailing blanks', () => {
  assert.deepEqual(mdProse('first  \n    - [x] forged\r\n\n# heading'), ['first', '\\- \\[x\\] forged', '', '\\# heading']);
});

test('markdown code spans: a fence longer than any backtick run, padding where CommonMark would eat it', () => {
  assert.equal(mdCode('plain'), '`plain`');
  assert.equal(mdCode('a`b'), '``a`b``');
  assert.equal(mdCode('`x``'), '``` `x`` ```');
  assert.equal(mdCode(' x '), '`  x  `');
  assert.equal(mdCode(''), '` `');
  assert.equal(mdCode('evil\n## heading\r<img src=x>'), '`evil\\x0a## heading\\x0d<img src=x>`');
  assert.equal(mdCodeInCell('a|b'), '`a\\|b`');
});

test('markdown rich sentences: values become code spans, a stray backtick stays text', () => {
  assert.equal(mdRich('type of `f` changed from `int` to `x` [l](http://e.io) `y`.'), 'type of `f` changed from `int` to `x` \\[l\\](http\\://e.io) `y`.');
  assert.equal(mdRich('one ` left'), 'one \\` left');
});

test('markdown fences and links', () => {
  assert.equal(mdFence('a\n```\nb', 'markdown'), '````markdown\na\n```\nb\n````');
  assert.equal(mdFence('plain'), '```\nplain\n```');
  assert.equal(mdLink('Go docs', 'https://go.dev/doc/'), '[Go docs](https://go.dev/doc/)');
  assert.equal(mdLink('bad', 'javascript:alert(1)'), 'bad');
  assert.equal(mdLink('bad', 'https://x.io/a b'), 'bad');
});

test('json: the same data, with C1, bidi and line separators as \\u escapes', () => {
  const value = { s: 'a\u001bb\u0085c\u202ed\u2028e' };
  const text = jsonText(value);
  assert.equal(text, '{\n  "s": "a\\u001bb\\u0085c\\u202ed\\u2028e"\n}\n');
  assert.deepEqual(JSON.parse(text), value);
});
