// Markdown export: the exact document for a fixed checklist and postmortem, and the task-list structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildChecklist } from '../../../src/lib/engine/checklist.ts';
import { buildPostmortem } from '../../../src/lib/engine/postmortem.ts';
import { checklistMarkdown, postmortemMarkdown, renderRuleItem } from '../../../src/lib/export/markdown.ts';
import { MINI_FAULT, MINI_INCIDENT, MINI_META, MINI_RULES } from '../../fixtures/engine/mini-rules.ts';

const expected = (name: string) => readFileSync(new URL(`../../fixtures/engine/${name}`, import.meta.url), 'utf8');
const checklist = buildChecklist(MINI_RULES, ['incident', 'handle.opaque'], MINI_META);

test('the checklist document, byte for byte', () => {
  assert.equal(checklistMarkdown(checklist), expected('mini-checklist.md'));
});

test('the postmortem document, byte for byte', () => {
  const pm = buildPostmortem(checklist, MINI_INCIDENT, MINI_FAULT, { 'IL-OWN-001': 'done', 'IL-HDL-001': 'failed' });
  assert.equal(postmortemMarkdown(checklist, pm), expected('mini-postmortem.md'));
});

test('the header adapts: no project, a contract input, no facts, one check', () => {
  const [first] = MINI_RULES.filter((r) => r.id === 'IL-OWN-001');
  assert.ok(first !== undefined);
  const c = buildChecklist([first], [], { date: '2026-11-21', interlockVersion: '0.1.0', input: { kind: 'contract', hash: `sha256:${'a'.repeat(64)}` } });
  const md = checklistMarkdown(c);
  assert.equal(md.split('\n').slice(0, 12).join('\n'), [
    '# Interlock audit checklist',
    '',
    '| Field | Value |',
    '| --- | --- |',
    '| Project | not given |',
    '| Contract ABI | not given |',
    '| Date | 2026-11-21 |',
    '| Interlock | 0.1.0 |',
    `| Facts hash | \`sha256:${'a'.repeat(64)}\` |`,
    '| Facts | none |',
    '',
    '1 check: 0 critical, 1 high, 0 medium, 0 low. Tick a box once its evidence is attached.',
  ].join('\n'));
});

test('every item is a GitHub task, with no trailing spaces and one final newline', () => {
  const md = checklistMarkdown(checklist);
  assert.deepEqual(md.split('\n').filter((l) => /^- \[[ x]\] /.test(l)).map((l) => l.slice(0, 20)), ['- [ ] **IL-OWN-001**', '- [ ] **IL-HDL-001**', '- [ ] **IL-INC-001**']);
  assert.equal(md.split('\n').some((l) => / +$/.test(l)), false);
  assert.ok(md.endsWith('.\n') && !md.endsWith('\n\n'));
  const [hdl] = MINI_RULES;
  assert.ok(hdl !== undefined);
  assert.match(renderRuleItem(hdl, 'done'), /^- \[x\] \*\*IL-HDL-001\*\* Each handle is freed exactly once \(critical\)\n/);
  assert.match(renderRuleItem(hdl, 'failed'), /^- \[ \] \*\*IL-HDL-001\*\* Each handle is freed exactly once \(critical, failed\)\n/);
});

test('issue 17: incident prose cannot forge a ticked task, a heading, a link or a tracking image', () => {
  const incident = {
    ...MINI_INCIDENT,
    title: 'Decode crash ![t](https://tracker.example/p.png) [docs](javascript:alert(1))',
    // The incident reader refuses headings and quote markers at line starts; list and task markers it accepts.
    summary: 'First line.\n- [x] **IL-HDL-001** approved by security\n    indented\n1. step\nsee www.evil.example, &lt;b&gt; @admin',
  };
  const md = postmortemMarkdown(checklist, buildPostmortem(checklist, incident, MINI_FAULT, {}));
  const lines = md.split('\n');
  assert.equal(lines[0], '# Postmortem INC-2026-014: Decode crash !\\[t\\](https\\://tracker.example/p.png) \\[docs\\](javascript\\:alert(1))');
  const summary = lines.slice(lines.indexOf('## Summary') + 2, lines.indexOf('## Summary') + 7);
  assert.deepEqual(summary, [
    '> First line.',
    '> \\- \\[x\\] \\*\\*IL-HDL-001\\*\\* approved by security',
    '> indented',
    '> 1\\. step',
    '> see www\\.evil.example, \\&lt;b\\&gt; \\@admin',
  ]);
});
