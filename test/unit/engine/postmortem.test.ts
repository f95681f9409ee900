// Postmortem mode: incident files with exact diagnostics, fault classes, and action items from progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { parseAnswersFile } from '../../../src/lib/engine/answers-schema.ts';
import { parseFaultClasses } from '../../../src/lib/engine/fault-classes-schema.ts';
import { checklistFromAnswers } from '../../../src/lib/engine/playbook.ts';
import { parseIncidentFile } from '../../../src/lib/engine/postmortem-schema.ts';
import { buildPostmortem, checkProgress } from '../../../src/lib/engine/postmortem.ts';
import { DETECTOR_IDS } from '../../../src/lib/patterns/schema.ts';
import { repoPlaybook, ROOT } from './repo-playbook.ts';

const pb = repoPlaybook();
const ruleIds = new Set(pb.rules.map((r) => r.id));
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/engine', name));
const problems = (text: string) => parseIncidentFile(text, 'incident.yaml', pb.faultClasses, ruleIds).diagnostics.map((d) => formatDiagnostic(d));

test('the fault classes include the ones postmortems need, each backed by rules and detectors', () => {
  const ids = pb.faultClasses.map((c) => c.id);
  for (const id of ['double-free', 'use-after-free', 'unpinned-go-pointer', 'abort-on-unwind', 'handle-leak', 'data-race', 'layout-mismatch', 'stale-last-error', 'deadlock-or-stall', 'other']) {
    assert.ok(ids.includes(id), id);
  }
  for (const c of pb.faultClasses) {
    if (c.id === 'other') continue;
    assert.ok(c.rules.length > 0 && c.detectors.length > 0 && c.patterns.length > 0, c.id);
    for (const d of c.detectors) assert.ok((DETECTOR_IDS as readonly string[]).includes(d));
  }
});

test('a fault class naming a rule that does not exist is refused at its position', () => {
  const text = 'fault-classes:\n  x:\n    title: X\n    summary: S.\n    detectors: [asan]\n    rules: [IL-OWN-001, IL-OWN-999]\n    patterns: []\n';
  assert.deepEqual(parseFaultClasses(text, 'f.yaml', ruleIds).diagnostics.map((d) => formatDiagnostic(d)), [
    'f.yaml:6:25: error fault-class-unknown-rule: unknown rule "IL-OWN-999" (no playbooks/rules/IL-OWN-999.yaml)',
  ]);
});

test('incident files: every problem with its line and column', () => {
  const text = `incident: INC 14
date: 2026-02-30
title: |
  Two
  lines
fault-class: dubble-free
summary: "<b>bold</b>"
progress:
  IL-HDL-001: failed
  IL-HDL-999: done
  IL-OWN-001: skipped
`;
  assert.deepEqual(problems(text), [
    'incident.yaml:1:11: error schema-bad-name: incident ID "INC 14" may hold only ASCII letters, digits and single dashes, starting with a letter\n  hint: names are checked against an allow-list and refused, never escaped',
    'incident.yaml:2:7: error schema-invalid: date: "2026-02-30" is not a real calendar date',
    'incident.yaml:3:8: error schema-invalid: title: title must be a single line',
    'incident.yaml:7:10: error schema-invalid: summary: summary must not contain "<" (HTML is not allowed; write "less than")',
    'incident.yaml:11:15: error schema-bad-value: progress.IL-OWN-001 must be one of done, failed, open (got "skipped")',
  ]);
  assert.deepEqual(problems(fixture('incident.yaml').toString().replace('fault-class: double-free', 'fault-class: dubble-free').replace('IL-TST-003: open', 'IL-TST-033: open')), [
    'incident.yaml:4:14: error incident-unknown-fault-class: unknown fault class "dubble-free"\n  hint: did you mean "double-free"?',
    'incident.yaml:13:3: error progress-unknown-rule: there is no rule IL-TST-033\n  hint: did you mean IL-TST-003?',
  ]);
});

test('only failed checks and the fault class\'s unfinished checks become action items, failed first', () => {
  const answers = parseAnswersFile(fixture('answers-small.yaml'), 'small', pb.questionnaire).answers;
  assert.ok(answers !== undefined);
  const checklist = checklistFromAnswers(pb, answers, { date: '2026-11-21', interlockVersion: '0.1.0' }, ['incident']);
  const parsed = parseIncidentFile(fixture('incident.yaml'), 'incident.yaml', pb.faultClasses, ruleIds);
  assert.deepEqual(parsed.diagnostics, []);
  assert.ok(parsed.incident !== undefined && parsed.progress !== undefined);
  const fc = pb.faultClasses.find((c) => c.id === 'double-free');
  assert.ok(fc !== undefined);
  const pm = buildPostmortem(checklist, parsed.incident, fc, parsed.progress);
  const items = pm.actionItems.map((a) => `${a.rule.id}:${a.status}${a.guardsFaultClass ? '*' : ''}`);
  assert.deepEqual(items, ['IL-HDL-001:failed*', 'IL-OWN-003:open*']);
  // A failed check outside the fault class is an action item too; an untouched one is not.
  const more = buildPostmortem(checklist, parsed.incident, fc, { ...parsed.progress, 'IL-TST-003': 'failed' });
  assert.deepEqual(more.actionItems.map((a) => `${a.rule.id}:${a.status}${a.guardsFaultClass ? '*' : ''}`), ['IL-HDL-001:failed*', 'IL-TST-003:failed', 'IL-OWN-003:open*']);
  assert.deepEqual(pm.faultRulesNotInChecklist, ['IL-BUF-003']);
  assert.equal(pm.status['IL-TST-003'], 'open');
  assert.deepEqual(checkProgress({ 'IL-BUF-003': 'done', 'IL-XYZ-001': 'open' }, ruleIds, new Set(Object.keys(pm.status))), [
    { code: 'progress-not-in-checklist', severity: 'warning', message: 'rule IL-BUF-003 is not part of this checklist (its facts do not hold), so its status is ignored', ruleId: 'IL-BUF-003' },
    { code: 'progress-unknown-rule', severity: 'error', message: 'there is no rule IL-XYZ-001', ruleId: 'IL-XYZ-001' },
  ]);
});

test('incident fields that skipped the checks are refused before they reach Markdown', () => {
  const answers = parseAnswersFile(fixture('answers-small.yaml'), 'small', pb.questionnaire).answers;
  assert.ok(answers !== undefined);
  const checklist = checklistFromAnswers(pb, answers, { date: '2026-11-21', interlockVersion: '0.1.0' }, ['incident']);
  const fc = pb.faultClasses.find((c) => c.id === 'double-free');
  assert.ok(fc !== undefined);
  const good = { id: 'INC-1', date: '2026-11-20', title: 'T', faultClass: 'double-free', summary: 'S.' };
  assert.doesNotThrow(() => buildPostmortem(checklist, good, fc, {}));
  assert.throws(() => buildPostmortem(checklist, { ...good, summary: 'ok\n## Action items', title: 'a\nb' }, fc, {}), {
    name: 'RangeError',
    message: 'refused incident: title must be a single line; summary must be plain sentences: no line may start with a Markdown heading, fence, rule, table or quote marker',
  });
  assert.throws(() => buildPostmortem(checklist, { ...good, faultClass: 'use-after-free' }, fc, {}), { message: 'refused incident: fault class "use-after-free" is not "double-free"' });
});
