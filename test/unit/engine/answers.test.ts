// Answers files: every problem with its line and column; answers -> facts; the answers hash; contract -> answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contractFacts } from '../../../src/lib/contract/facts.ts';
import { parseContract } from '../../../src/lib/contract/parse.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { parseAnswersFile } from '../../../src/lib/engine/answers-schema.ts';
import { answersHash, choicesFromFacts, factsFromChoices } from '../../../src/lib/engine/answers.ts';
import { checklistFromAnswers, checklistFromFacts } from '../../../src/lib/engine/playbook.ts';
import { checklistRules } from '../../../src/lib/engine/checklist.ts';
import { repoPlaybook, ROOT } from './repo-playbook.ts';

const pb = repoPlaybook();
const q = pb.questionnaire;
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/engine', name));
const problems = (text: string) => parseAnswersFile(text, 'answers.yaml', q).diagnostics.map((d) => formatDiagnostic(d));

test('the fixture answer sets are complete and valid', () => {
  for (const name of ['answers-small.yaml', 'answers-full.yaml']) {
    const parsed = parseAnswersFile(fixture(name), name, q);
    assert.deepEqual(parsed.diagnostics, [], name);
  }
});

test('answers establish facts; the full set reaches every fact', () => {
  const small = parseAnswersFile(fixture('answers-small.yaml'), 'small', q).answers;
  assert.deepEqual(factsFromChoices(small?.choices ?? {}, q), ['abi.versioned', 'error.return-code', 'handle.opaque', 'panic.catch']);
  const full = parseAnswersFile(fixture('answers-full.yaml'), 'full', q).answers;
  assert.deepEqual(factsFromChoices(full?.choices ?? {}, q), [...pb.facts].sort());
});

test('errors and warnings point at the answer in question', () => {
  const text = `interlock-answers: 1
project: imgproc
answers:
  handels: 'yes'
  buffers: go-borrowed
  errors: [out-param, last-eror]
  strings: [yes]
  panics: [catch, catch]
`;
  assert.deepEqual(problems(text), [
    'answers.yaml:4:3: error answer-unknown-question: there is no question "handels"\n  hint: did you mean "handles"?',
    'answers.yaml:5:12: error answer-wrong-shape: question "buffers" takes a list of options\n  hint: write [go-borrowed]',
    'answers.yaml:6:23: error answer-unknown-option: question "errors" has no option "last-eror"\n  hint: did you mean "last-error"?',
    'answers.yaml:7:12: error answer-wrong-shape: question "strings" takes one option, not a list\n  hint: one of: yes, no',
    'answers.yaml:8:19: error answer-duplicate-option: option "catch" is listed twice',
  ]);
});

test('unanswered questions give one warning, and only when there is no error to fix first', () => {
  assert.deepEqual(problems("interlock-answers: 1\nanswers:\n  handles: 'no'\n  buffers: [none]\n  strings: 'no'\n  secrets: 'no'\n  structs: 'no'\n  enums: 'no'\n  abi-version: 'no'\n  callbacks: none\n  blocking: 'no'\n  errors: [return-code]\n"), [
    'answers.yaml:2:1: warning answer-missing: 2 questions are not answered, so their checks are left out: panics, purpose\n  hint: answer them in the wizard, or add them under answers:',
  ]);
  assert.deepEqual(problems('interlock-answers: 1\n'), [
    'answers.yaml:1:1: warning answer-missing: 12 questions are not answered, so their checks are left out: handles, buffers, strings, secrets, structs, enums, abi-version, callbacks, blocking, errors, panics, purpose\n  hint: answer them in the wizard, or add them under answers:',
  ]);
});

test('an exclusive option cannot be combined, and a hidden question is ignored with a warning', () => {
  const text = 'interlock-answers: 1\nanswers:\n  handles: \'no\'\n  handle-sharing: shared\n  buffers: [none, rust-owned]\n';
  const parsed = parseAnswersFile(text, 'answers.yaml', q);
  assert.deepEqual(parsed.diagnostics.filter((d) => d.code !== 'answer-missing').map((d) => formatDiagnostic(d)), [
    'answers.yaml:5:12: error answer-exclusive-option: option "none" of question "buffers" cannot be combined with other options',
    'answers.yaml:4:3: warning answer-hidden: question "handle-sharing" does not apply to these answers, so its answer is ignored\n  hint: it applies when handles is yes',
  ]);
  const hiddenOnly = parseAnswersFile('interlock-answers: 1\nanswers:\n  handles: \'no\'\n  handle-sharing: shared\n', 'a.yaml', q);
  assert.deepEqual(hiddenOnly.answers?.choices, { handles: ['no'] });
});

test('names in an answers file are refused by allow-list, never escaped', () => {
  assert.deepEqual(problems('interlock-answers: 1\nproject: "Img Proc"\ngo-module: localhost/x\nabi: 3.1\n'), [
    'answers.yaml:2:10: error schema-bad-name: project name "Img Proc" must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter\n  hint: names are checked against an allow-list and refused, never escaped',
    'answers.yaml:3:12: error schema-bad-name: Go module path "localhost/x" first element "localhost" must be a domain name with a dot (like example.com)\n  hint: names are checked against an allow-list and refused, never escaped',
    'answers.yaml:4:6: error schema-wrong-type: abi must be a string, not a number\n  hint: quote the version so 3.10 stays 3.10: abi: "3.10"',
  ]);
  assert.deepEqual(problems('interlock-answers: 2\n'), ['answers.yaml:1:20: error schema-bad-value: interlock-answers must be 1']);
});

test('the answers hash ignores key order and identity fields, and changes with any answer', () => {
  const a = answersHash({ handles: ['yes'], errors: ['return-code', 'out-param'] });
  assert.equal(a, answersHash({ errors: ['out-param', 'return-code'], handles: ['yes'] }));
  assert.notEqual(a, answersHash({ handles: ['yes'], errors: ['out-param'] }));
  assert.match(a, /^sha256:[0-9a-f]{64}$/);
  const small = parseAnswersFile(fixture('answers-small.yaml'), 'small', q).answers;
  assert.equal(answersHash(small?.choices ?? {}), 'sha256:b6a48db32025447d0db70b01cd36cec673cada38224bd1561fae2f79ca988db2');
});

test('each sample contract maps to answers that give exactly its facts and the same checklist', () => {
  const run = { date: '2026-11-21', interlockVersion: '0.1.0' };
  const dir = join(ROOT, 'content/contracts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.length >= 1);
  for (const file of files) {
    const parsed = parseContract(readFileSync(join(dir, file)), file);
    assert.ok(parsed.model !== undefined, `${file} does not parse`);
    const facts = contractFacts(parsed.model);
    const { choices, unrepresented } = choicesFromFacts(facts, q);
    assert.deepEqual(unrepresented, [], file);
    assert.deepEqual(factsFromChoices(choices, q), [...facts].sort(), file);
    const fromContract = checklistRules(checklistFromFacts(pb, facts, {}, run)).map((r) => r.id);
    const fromAnswers = checklistRules(checklistFromAnswers(pb, { choices }, run)).map((r) => r.id);
    assert.deepEqual(fromAnswers, fromContract, file);
  }
});
