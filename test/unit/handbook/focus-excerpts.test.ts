// Pattern pages lead with the focus lines: excerpts with one line of context, overlaps merged, bad ranges named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { focusExcerpts } from '../../../src/site/focus-excerpts.ts';

const code = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');

test('one range gets a line of context on each side', () => {
  assert.deepEqual(focusExcerpts(code, [{ range: '5-6' }], 'f.rs'), [{ from: 4, to: 7, code: 'line 4\nline 5\nline 6\nline 7' }]);
});

test('ranges that touch after widening merge; distant ones stay apart; edges are clamped', () => {
  assert.deepEqual(focusExcerpts(code, [{ range: '1' }, { range: '3-4' }, { range: '20' }], 'f.rs').map((e) => [e.from, e.to]), [[1, 5], [19, 20]]);
  assert.deepEqual(focusExcerpts(code, [{ range: '10' }, { range: '8' }], 'f.rs').map((e) => [e.from, e.to]), [[7, 11]]);
});

test('no focus, no excerpts; a range outside the file names the file', () => {
  assert.deepEqual(focusExcerpts(code, [], 'f.rs'), []);
  assert.throws(() => focusExcerpts(code, [{ range: '19-25' }], 'go/x.go'), /^Error: go\/x\.go: focus range "19-25" is not within lines 1-20$/);
  assert.throws(() => focusExcerpts(code, [{ range: '7-3' }], 'go/x.go'), /focus range "7-3"/);
});
