// "I don't know" answers keep the checks every other option would bring, and the checklist says how to find out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistRules } from '../../../src/lib/engine/checklist.ts';
import { checklistFromAnswers } from '../../../src/lib/engine/playbook.ts';
import { choicesFromFacts, factsFromChoices } from '../../../src/lib/engine/answers.ts';
import { checklistMarkdown } from '../../../src/lib/export/markdown.ts';
import { repoPlaybook } from './repo-playbook.ts';

const pb = repoPlaybook();
const run = { date: '2026-12-03', interlockVersion: '0.1.0' };

test('not knowing whether handles are shared keeps the shared-handle checks, marked with how to find out', () => {
  const unknown = checklistFromAnswers(pb, { choices: { handles: ['yes'], 'handle-sharing': ['unknown'] } }, run);
  const shared = checklistFromAnswers(pb, { choices: { handles: ['yes'], 'handle-sharing': ['shared'] } }, run);
  const alone = checklistFromAnswers(pb, { choices: { handles: ['yes'], 'handle-sharing': ['one-at-a-time'] } }, run);
  const ids = (c: typeof unknown): string[] => checklistRules(c).map((r) => r.id);
  assert.deepEqual(ids(unknown), ids(shared));
  assert.ok(ids(unknown).includes('IL-THR-001') && !ids(alone).includes('IL-THR-001'));
  const md = checklistMarkdown(unknown);
  const item = md.slice(md.indexOf('**IL-THR-001**'));
  assert.match(item.slice(0, item.indexOf('Why:')), /\n  Kept until you know: you answered "Can one handle be used by several goroutines at the same time\?" with "I don't know yet"\. To find out: Search the Go code for where the wrapper is stored/);
});

test('an "I don\'t know" answer is never inferred from a contract\'s facts', () => {
  const { choices } = choicesFromFacts(['handle.opaque'], pb.questionnaire);
  assert.deepEqual(choices['handle-sharing'], ['one-at-a-time']);
  assert.deepEqual(factsFromChoices({ callbacks: ['unknown'] }, pb.questionnaire), ['callback.foreign-thread', 'callback.go-from-rust']);
});
