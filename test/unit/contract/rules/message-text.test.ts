// How a finding's message and hint are written from the rule's templates: {{name}} filled from the finding's
// data, the hint that goes with the message ID or the one a finding names instead, and a rule that names a
// template or a value it does not have fails loudly (a bug in the rule, never a silent blank in a report).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWithinLimits } from '../../../../src/lib/contract/check.ts';
import { lintContract } from '../../../../src/lib/contract/lint.ts';
import type { Finding, LintRule } from '../../../../src/lib/contract/rules/rule.ts';

const CONTRACT = 'interlock: 1.1\nlibrary: { name: demo, abi: "1.0", go_package: example.com/demo }\nfunctions:\n  demo_f: { errors: none, panics: catch }\n';

function lintWith(finding: Finding) {
  const rule: LintRule = {
    meta: {
      id: 'test-rule',
      title: 'a rule for this test',
      severity: 'warning',
      description: '',
      rationale: '',
      messages: { broken: '{{fn}} is broken in {{count}} places', bare: 'no data at all' },
      hints: { broken: 'fix {{fn}}', other: 'did you mean "{{suggestion}}"?' },
    },
    check: (_model, ctx) => ctx.report(finding),
  };
  const parsed = parseWithinLimits(CONTRACT, 'demo.yaml');
  return lintContract(parsed.model!, parsed.locate!, 'demo.yaml', [rule]);
}

test('the message and its own hint are filled from the data; numbers become text', () => {
  const [d] = lintWith({ path: ['functions', 'demo_f'], part: 'key', messageId: 'broken', data: { fn: 'demo_f', count: 2 } });
  assert.deepEqual(d, {
    code: 'test-rule', severity: 'warning', message: 'demo_f is broken in 2 places', file: 'demo.yaml', line: 4, column: 3,
    messageId: 'broken', data: { fn: 'demo_f', count: '2' }, hint: 'fix demo_f',
  });
});

test('a finding may name another hint; a message without a hint of its own has none', () => {
  const [named] = lintWith({ path: ['functions', 'demo_f'], messageId: 'broken', hintId: 'other', data: { fn: 'f', count: 1, suggestion: 'g' } });
  assert.equal(named?.hint, 'did you mean "g"?');
  const [bare] = lintWith({ path: ['functions', 'demo_f'], messageId: 'bare' });
  assert.deepEqual([bare?.message, bare?.hint, bare?.data], ['no data at all', undefined, {}]);
});

test('an unknown message or hint ID, or a value the template needs and the finding lacks, is an error', () => {
  assert.throws(() => lintWith({ path: ['functions', 'demo_f'], messageId: 'gone' }), /lint rule test-rule has no message or hint "gone"/);
  assert.throws(() => lintWith({ path: ['functions', 'demo_f'], messageId: 'bare', hintId: 'nope' }), /lint rule test-rule has no message or hint "nope"/);
  assert.throws(() => lintWith({ path: ['functions', 'demo_f'], messageId: 'broken', data: { fn: 'f' } }), /lint rule test-rule: "broken" needs \{\{count\}\}/);
});
