// A contract's facts -> wizard answers: the sample contracts fill the questionnaire without losing or inventing facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContract } from '../../../src/lib/contract/check.ts';
import { contractFacts } from '../../../src/lib/contract/facts.ts';
import { factsFromChoices, validateChoices } from '../../../src/lib/engine/answers.ts';
import { choicesFromFacts } from '../../../src/wizard/contract-answers.ts';
import { loadPlaybooks } from '../../../src/node/bundle/playbooks.ts';
import { REPO } from './run-cli.ts';

const { questionnaire } = loadPlaybooks(REPO);

for (const name of ['imgcodec', 'storage-engine', 'crypto-vault']) {
  test(`content/contracts/${name}.yaml fills valid answers that carry exactly its facts`, () => {
    const result = checkContract(readFileSync(join(REPO, 'content', 'contracts', `${name}.yaml`)), `${name}.yaml`);
    assert.ok(result.model);
    const facts = contractFacts(result.model);
    const filled = choicesFromFacts(facts, questionnaire);
    // The engine accepts the answers as they are: no unknown option, no hidden question, no mixed exclusive option.
    const kinds = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q.kind]));
    const raw = Object.fromEntries(Object.entries(filled.choices).map(([id, picked]) => [id, kinds.get(id) === 'one' ? (picked[0] ?? '') : picked]));
    const checked = validateChoices(raw, questionnaire);
    assert.deepEqual(checked.issues.filter((i) => i.severity === 'error' || i.code === 'answer-hidden'), []);
    assert.deepEqual(checked.choices, filled.choices);
    assert.deepEqual(factsFromChoices(filled.choices, questionnaire), [...facts].sort());
    // Why the checklist is wanted is not in a contract: that one is left to the user.
    assert.deepEqual(filled.unanswered, ['purpose']);
  });
}

test('a contract with no handles, buffers or callbacks answers those questions "no", and keeps Go-retained memory', () => {
  const filled = choicesFromFacts(['abi.versioned', 'buffer.go-retained', 'error.out-param', 'panic.catch'], questionnaire);
  assert.deepEqual(filled.choices['handles'], ['no']);
  assert.deepEqual(filled.choices['buffers'], ['go-retained']);
  assert.deepEqual(filled.choices['callbacks'], ['none']);
  assert.equal(filled.choices['handle-sharing'], undefined, 'a follow-up of an unanswered branch stays hidden');
  assert.deepEqual(filled.choices['panics'], ['catch']);
});

test('options that mean the same facts are chosen once', () => {
  const filled = choicesFromFacts(['panic.abort', 'panic.catch'], questionnaire);
  assert.deepEqual(filled.choices['panics'], ['catch', 'abort-deliberate']);
});
