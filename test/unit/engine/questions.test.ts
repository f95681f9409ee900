// The real questionnaire loads, links only handbook pages that exist, and shows questions progressively.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { PROSE_LIMITS } from '../../../src/lib/engine/postmortem.ts';
import { parseQuestionnaire } from '../../../src/lib/engine/questions-schema.ts';
import { allQuestions, visibleQuestions } from '../../../src/lib/engine/questions.ts';
import { knownFacts } from '../rules/repo.ts';
import { repoPlaybook, ROOT } from './repo-playbook.ts';

const q = repoPlaybook().questionnaire;

test('every help page is a real handbook page', () => {
  for (const question of allQuestions(q)) {
    for (const slug of question.help.pages) {
      const found = ['.mdx', '.md'].some((ext) => existsSync(join(ROOT, 'content/docs', `${slug}${ext}`)));
      assert.ok(found, `${question.id}: no content/docs/${slug}.mdx`);
    }
  }
});

test('every fact in the vocabulary can be reached from some answer', () => {
  const reachable = new Set(allQuestions(q).flatMap((x) => x.options.flatMap((o) => o.facts)));
  assert.deepEqual([...knownFacts()].filter((f) => !reachable.has(f)), []);
});

test('follow-up questions appear only after the answers they depend on', () => {
  const ids = (choices: Record<string, string[]>) => visibleQuestions(q, choices).map((x) => x.id);
  const base = ids({});
  assert.ok(!base.includes('handle-sharing') && !base.includes('arena') && !base.includes('cancellation'));
  assert.ok(ids({ handles: ['yes'] }).includes('handle-sharing'));
  assert.ok(ids({ buffers: ['go-borrowed', 'rust-owned'] }).includes('arena'));
  assert.ok(!ids({ buffers: ['go-borrowed'] }).includes('arena'));
  assert.ok(ids({ blocking: ['yes'] }).includes('cancellation'));
  // An answer to a hidden question does not open its own follow-ups.
  assert.ok(!ids({ handles: ['no'], 'handle-sharing': ['shared'] }).includes('handle-sharing'));
});

test('the postmortem form has the fields and limits the incident format uses', () => {
  assert.deepEqual(q.postmortem['show-if'], { purpose: ['incident'] });
  for (const [id, max] of Object.entries(PROSE_LIMITS)) {
    assert.equal(q.postmortem.fields.find((f) => f.id === id)?.max, max, id);
  }
});

test('cross-checks report the exact place of each problem', () => {
  const text = `version: 1
sections:
  - id: a
    title: A
    questions:
      - id: first
        kind: one
        text: First?
        help: { text: Help. }
        show-if: { later: ['yes'] }
        options:
          - { id: 'yes', label: Yes, facts: [handle.opaque, no.such-fact] }
          - { id: 'yes', label: Again, exclusive: true }
      - id: second
        kind: many
        text: Second?
        help: { text: Help. }
        show-if: { first: [maybe] }
        options:
          - { id: x, label: X }
          - { id: y, label: Y }
postmortem:
  title: P
  intro: I.
  show-if: { first: ['yes'] }
  fields:
    - { id: incident, label: ID, kind: id, required: true, help: H. }
`;
  const parsed = parseQuestionnaire(text, 'q.yaml', new Set(['handle.opaque']));
  assert.deepEqual(parsed.diagnostics.map((d) => formatDiagnostic(d)), [
    'q.yaml:12:61: error questions-invalid: unknown fact "no.such-fact" (not in playbooks/facts.yaml)',
    'q.yaml:13:19: error questions-invalid: option "yes" is listed twice',
    'q.yaml:13:51: error questions-invalid: only options of a many-answer question can be exclusive',
    'q.yaml:10:27: error questions-invalid: show-if names "later", which is not an earlier question',
    'q.yaml:18:28: error questions-invalid: question "first" has no option "maybe"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "date"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "title"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "fault-class"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "summary"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "impact"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "trigger"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "detection"',
    'q.yaml:27:5: error questions-invalid: the postmortem form lacks the field "resolution"',
  ]);
});
