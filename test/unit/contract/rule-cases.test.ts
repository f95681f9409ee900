// The `#~` marks of a lint case: read with their lines, and removed without moving anything a finding points at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotations, withoutAnnotations } from '../../../src/lib/contract/rule-cases.ts';

const CASE = ['types:', '  Mode:  #~ type-produced/unused, name-collision/sameName', '    kind: enum', '    note: a # comment  #~ x/y', ''].join('\n');

test('marks are read per line, several on one line in order', () => {
  assert.deepEqual(annotations(CASE), [
    { line: 2, mark: 'type-produced/unused' },
    { line: 2, mark: 'name-collision/sameName' },
    { line: 4, mark: 'x/y' },
  ]);
});

test('removing the marks keeps every line, and every column before them, and an ordinary comment', () => {
  assert.equal(withoutAnnotations(CASE), ['types:', '  Mode:', '    kind: enum', '    note: a # comment', ''].join('\n'));
});

test('a line without a mark, or with "#~" not after a space, has none', () => {
  assert.deepEqual(annotations('a: 1\nb: "#~ x/y"\nc: 2#~ x/y\n'), []);
});
