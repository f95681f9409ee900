// Interlock's own prose files refuse an unquoted value followed by a comment: YAML would cut the sentence
// at the "#" (IL-ABI-005 once read "Check that every" in every export). Users' answers files may annotate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { parsePattern } from '../../../src/lib/patterns/load.ts';
import { commentsAfterPlainText } from '../../../src/lib/rules/plain-text-comments.ts';
import { readYaml } from '../../../src/lib/rules/read-yaml.ts';

const found = (text: string): string[] => commentsAfterPlainText(parseDocument(text), text).map((c) => `${c.offset}:${c.value}`);

test('valid: quoted, block and comment-free values, comments on their own line, "#" inside a word', () => {
  for (const text of [
    "step: 'every #[unsafe(no_mangle)] function'\n",
    'step: "every #[unsafe(no_mangle)] function"\n',
    'step: |\n  every #[unsafe(no_mangle)] function\n',
    '# a comment on its own line\nstep: plain text\n',
    'step: issue#42 stays whole\n',
    'list:\n  - one\n  # between items\n  - two\n',
    "step: 'quoted' # a comment after quoted text cuts nothing\n",
  ]) assert.deepEqual(found(text), [], text);
});

test('invalid: a plain value cut by a same-line comment, in a map, a list and a flow', () => {
  assert.deepEqual(found('step: Check that every #[unsafe(no_mangle)] function\n'), ['23:Check that every']);
  assert.deepEqual(found('steps:\n  - run it # then read\n'), ['18:run it']);
  assert.deepEqual(found('a: x\nb: y\t# tab before\n'), ['10:y']);
  assert.deepEqual(found('k: [one, two] # flow\n'), [], 'a flow collection ends at "]": no scalar is cut');
});

test('readYaml with the option reports the cut with line, column and hint; without it, reads as YAML does', () => {
  const schema = z.object({ step: z.string() }).strict();
  const limits = { maxBytes: 1000, maxDepth: 4, maxProblems: 10 };
  const text = 'step: Check that every #[unsafe(no_mangle)] function\n';
  assert.deepEqual(readYaml(text, 'r.yaml', schema, 'rule file', limits, { refuseCommentAfterPlainText: true }), {
    ok: false,
    text,
    diagnostics: [{
      code: 'yaml-comment-cuts-text', severity: 'error', file: 'r.yaml', line: 1, column: 24,
      message: 'a "#" after unquoted text starts a comment, so the value ends at "Check that every"',
      hint: 'quote the whole value (single or double quotes), or use a block scalar (|)',
    }],
  });
  const plain = readYaml(text, 'a.yaml', schema, 'answers file', limits);
  assert.equal(plain.ok && plain.value.step, 'Check that every');
});

test('pattern.yaml refuses it too, at the "#"', () => {
  const result = parsePattern('id: x\nsummary: A #[repr(C)] struct\n', 'pattern.yaml');
  assert.deepEqual(result.ok ? [] : result.diagnostics.slice(0, 1), [{
    code: 'yaml-comment-cuts-text', severity: 'error', file: 'pattern.yaml', line: 2, column: 12,
    message: 'a "#" after unquoted text starts a comment, so the value ends at "A"',
    hint: 'quote the whole value (single or double quotes), or use a block scalar (|)',
  }]);
});
