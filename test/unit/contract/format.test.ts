// The text formatter: `file:line:col: severity code: message`, the source line, a caret, the hint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDiagnostic, splitLines } from '../../../src/lib/diagnostics/format-text.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';

const d = (over: Partial<Diagnostic>): Diagnostic => ({ code: 'panic-abort', severity: 'warning', message: 'm', file: 'a.yaml', line: 2, column: 5, ...over });

test('header, source line, caret under the column, hint', () => {
  assert.equal(
    formatDiagnostic(d({ hint: 'do x' }), splitLines('first\nabc defgh\n')),
    'a.yaml:2:5: warning panic-abort: m\n  abc defgh\n      ^\n  hint: do x',
  );
});

test('without source lines only the header is printed', () => {
  assert.equal(formatDiagnostic(d({})), 'a.yaml:2:5: warning panic-abort: m');
});

test('tabs show as one space so the caret stays aligned', () => {
  assert.equal(formatDiagnostic(d({ line: 1, column: 3 }), ['\ta:b']), 'a.yaml:1:3: warning panic-abort: m\n   a:b\n    ^');
});

test('long lines are cut around the column', () => {
  const line = `${'a'.repeat(300)}X${'b'.repeat(300)}`;
  const out = formatDiagnostic(d({ line: 1, column: 301 }), [line]).split('\n');
  assert.equal(out[1], `  ...${'a'.repeat(59)}X${'b'.repeat(60)}`);
  assert.equal(out[2], `  ${' '.repeat(62)}^`);
});

test('terminal escapes and bidi controls in messages, files and source are neutralised', () => {
  const out = formatDiagnostic(d({ file: 'a\u001b[31m.yaml', message: 'x\u202ey', line: 1, column: 1 }), ['\u001b]0;pwned\u0007']);
  assert.equal(out, 'a\\x1b[31m.yaml:1:1: warning panic-abort: x\\u202ey\n  \\x1b]0;pwned\\x07\n  ^');
});

test('the caret counts the width of the visible escapes before it', () => {
  const out = formatDiagnostic(d({ line: 1, column: 3 }), ['\u001b\u202eX']);
  assert.equal(out, 'a.yaml:1:3: warning panic-abort: m\n  \\x1b\\u202eX\n  ^'.replace('\n  ^', `\n  ${' '.repeat(10)}^`));
});

test('CRLF and CR count as line ends', () => {
  assert.deepEqual(splitLines('a\r\nb\rc\nd'), ['a', 'b', 'c', 'd']);
});
