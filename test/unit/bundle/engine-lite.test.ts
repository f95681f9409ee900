// The wizard's zod-free mirror of the engine returns exactly what the engine returns, on valid and crafted input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as lite from '../../../src/wizard/engine-lite.ts';
import { factsFromChoices, validateChoices, type Answers } from '../../../src/lib/engine/answers.ts';
import { buildChecklist, checklistRules } from '../../../src/lib/engine/checklist.ts';
import { buildPostmortem } from '../../../src/lib/engine/postmortem.ts';
import { decodeFragment, encodeFragment } from '../../../src/lib/engine/fragment.ts';
import { abiVersionProblem, crateNameProblem, goModuleProblem, projectNameProblem } from '../../../src/lib/engine/names.ts';
import { allQuestions, visibleQuestions } from '../../../src/lib/engine/questions.ts';
import { PHASES, SEVERITIES } from '../../../src/lib/rules/schema.ts';
import { PHASE_TITLES } from '../../../src/lib/export/markdown.ts';
import { loadPlaybooks } from '../../../src/node/bundle/playbooks.ts';

const { questionnaire: q, rules, faultClasses } = loadPlaybooks();
const questions = allQuestions(q);

let seed = 0x9e3779b9;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** Raw answers as a hand-written file or a crafted link could hold them: mostly valid, sometimes not. */
function rawAnswers(validOnly: boolean): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const question of questions) {
    const r = random();
    if (r < 0.2) continue;
    const ids = question.options.map((o) => o.id);
    if (!validOnly && r < 0.27) raw[question.id] = pick(['nope', 'yes', '', 'YES']);
    else if (!validOnly && r < 0.32) raw[question.id] = question.kind === 'one' ? [pick(ids)] : pick(ids);
    else if (question.kind === 'one') raw[question.id] = pick(ids);
    else {
      const some = ids.filter(() => random() < 0.4);
      raw[question.id] = !validOnly && random() < 0.1 ? [...some, ...some.slice(0, 1)] : some.length > 0 ? some : [pick(ids)];
    }
  }
  if (!validOnly && random() < 0.1) raw[pick(['handle', 'purposes', 'x'])] = 'yes';
  return raw;
}

test('validateChoices, visibility and facts agree with the engine for 2000 answer sets', () => {
  for (let i = 0; i < 2000; i++) {
    const raw = rawAnswers(i % 2 === 0);
    const engine = validateChoices(raw, q);
    const mine = lite.validateChoices(raw, q);
    assert.deepEqual(mine.choices, engine.choices, JSON.stringify(raw));
    assert.equal(mine.error, engine.issues.find((x) => x.severity === 'error')?.message, JSON.stringify(raw));
    assert.deepEqual(lite.visibleQuestions(q, engine.choices).map((x) => x.id), visibleQuestions(q, engine.choices).map((x) => x.id));
    assert.deepEqual(lite.factsFromChoices(engine.choices, q), factsFromChoices(engine.choices, q));
  }
});

test('the checklist order agrees with buildChecklist for 500 fact sets', () => {
  const vocabulary = [...new Set(rules.flatMap((r) => [...(r.when?.['all-of'] ?? []), ...(r.when?.['any-of'] ?? [])]))].sort();
  assert.deepEqual([...lite.PHASES], [...PHASES]);
  assert.deepEqual([...lite.SEVERITIES], [...SEVERITIES]);
  assert.deepEqual(lite.PHASE_TITLES, PHASE_TITLES);
  for (let i = 0; i < 500; i++) {
    const facts = vocabulary.filter(() => random() < 0.4);
    const engine = buildChecklist(rules, facts, { date: '2026-01-01', interlockVersion: '0.1.0', input: { kind: 'answers', hash: `sha256:${'0'.repeat(64)}` } });
    const mine = lite.checklistPhases(rules, facts);
    assert.deepEqual(
      mine.map((p) => [p.phase, p.rules.map((r) => r.id)]),
      engine.phases.map((p) => [p.phase, p.rules.map((r) => r.id)]),
    );
  }
});

test('name checks agree with the engine validators', () => {
  const names = [
    '', 'imgcodec', 'img-codec', 'img_codec', 'Img', 'img--codec', 'con', 'COM1', 'self', 'test', 'std', 'a'.repeat(64), 'a'.repeat(65),
    'example.com/x', 'example.com/x/v1', 'example.com/x/v2', 'example.com/x/v02', 'localhost/x', '-ex.com/x', 'ex.com//x', 'ex.com/x/',
    'ex.com/.x', 'ex.com/x.', 'ex.com/aux.txt', 'ex.com/ab~1', 'ex.com/x y', 'ex.com/ü', 'EX.com/x', 'x'.repeat(201), '1.0', '3.1', '01.0',
    '1.', '1.2.3', '99999.99999', '100000.0', 'é', '\u0000', 'a\nb',
  ];
  for (let i = 0; i < 300; i++) names.push(Array.from({ length: 1 + Math.floor(random() * 20) }, () => pick([...'abcxyz019-_./~ A€\u202e'])).join(''));
  for (const n of names) {
    assert.equal(lite.identityProblem('project', n), projectNameProblem(n), n);
    assert.equal(lite.identityProblem('crate', n), crateNameProblem(n), n);
    assert.equal(lite.identityProblem('go-module', n), goModuleProblem(n), n);
    assert.equal(lite.identityProblem('abi', n), abiVersionProblem(n), n);
  }
});

test('share links: encoding agrees, and decoding agrees on valid, mutated and crafted fragments', () => {
  const fragments: string[] = ['', '#', 'v=1', '#v=1', 'v=2', 'x=1', 'v=1&v=1', 'v=1&project=Bad', 'v=1&go-module=ex.com/x&go-module=ex.com/y',
    'v=1&handles=maybe', 'v=1&buffers=none,go-borrowed', 'v=1&handles', 'v=1&=x', 'v=1&a=b=c', `v=1&${'x=1&'.repeat(70)}`,
    `v=1&project=${'a'.repeat(3000)}`, 'v=1&project=%41', 'v=1&project=<script>', 'v=1&handles=yes&handle-sharing=shared', 'v=1&handle-sharing=shared'];
  for (let i = 0; i < 1000; i++) {
    const { choices } = validateChoices(rawAnswers(true), q);
    const answers: Answers = { choices };
    if (random() < 0.5) answers.project = pick(['imgcodec', 'storage-engine', 'vault']);
    if (random() < 0.3) answers.crate = 'img_codec';
    if (random() < 0.3) answers.goModule = pick(['example.com/imgcodec', 'example.com/a/b/v2']);
    if (random() < 0.3) answers.abi = '3.1';
    const encoded = encodeFragment(answers, q);
    assert.equal(lite.encodeFragment(answers, q), encoded);
    fragments.push(encoded);
    // A mutation: drop, duplicate or replace a character, or swap two parts.
    const at = Math.floor(random() * encoded.length);
    const mutations = [
      encoded.slice(0, at) + encoded.slice(at + 1),
      encoded.slice(0, at) + pick([...'=&,-x%# \u00e9']) + encoded.slice(at),
      encoded.split('&').reverse().join('&'),
      `${encoded}&${encoded.split('&').at(-1) ?? ''}`,
    ];
    fragments.push(pick(mutations));
  }
  for (const f of fragments) {
    const engine = decodeFragment(f, q);
    const mine = lite.decodeFragment(f, q);
    if (engine.ok) assert.deepEqual(mine, { ok: true, answers: engine.answers }, f);
    else assert.deepEqual(mine, { ok: false, code: engine.error.code, message: engine.error.message }, f);
  }
});

test('postmortem action items come in the engine order for 300 progress states', () => {
  const vocabulary = [...new Set(rules.flatMap((r) => [...(r.when?.['all-of'] ?? []), ...(r.when?.['any-of'] ?? [])]))].sort();
  const incident = { id: 'INC-1', date: '2026-01-02', title: 'x', faultClass: '', summary: 'y' };
  for (let i = 0; i < 300; i++) {
    const facts = vocabulary.filter(() => random() < 0.5);
    const checklist = buildChecklist(rules, facts, { date: '2026-01-01', interlockVersion: '0.1.0', input: { kind: 'answers', hash: `sha256:${'0'.repeat(64)}` } });
    const fault = pick(faultClasses);
    const progress: Record<string, 'done' | 'failed'> = {};
    for (const r of checklistRules(checklist)) {
      const x = random();
      if (x < 0.3) progress[r.id] = 'done';
      else if (x < 0.5) progress[r.id] = 'failed';
    }
    const engine = buildPostmortem(checklist, { ...incident, faultClass: fault.id }, fault, progress).actionItems;
    const mine = lite.actionItems(checklistRules(checklist), fault.rules, progress);
    assert.deepEqual(mine.map((a) => [a.rule.id, a.status, a.guardsFaultClass]), engine.map((a) => [a.rule.id, a.status, a.guardsFaultClass]));
  }
});
