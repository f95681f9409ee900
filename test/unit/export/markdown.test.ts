// Markdown export: the exact document for a fixed checklist and postmortem, and the task-list structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildChecklist } from '../../../src/lib/engine/checklist.ts';
import { buildPostmortem } from '../../../src/lib/engine/postmortem.ts';
import { checklistMarkdown, postmortemMarkdown, renderRuleItem } from '../../../src/lib/export/markdown.ts';
import { MINI_CONTRACT_ORIGINS, MINI_FAULT, MINI_INCIDENT, MINI_META, MINI_ORIGINS, MINI_RULES } from '../../fixtures/engine/mini-rules.ts';

const expected = (name: string) => readFileSync(new URL(`../../fixtures/engine/${name}`, import.meta.url), 'utf8');
const checklist = buildChecklist(MINI_RULES, ['incident', 'handle.opaque'], MINI_META, MINI_ORIGINS);

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
    '1 check (0 from your boundary, 1 for every boundary): 0 critical, 1 high, 0 medium, 0 low. Tick a box once its evidence is attached.',
  ].join('\n'));
});

test('every item is a GitHub task, with no trailing spaces and one final newline', () => {
  const md = checklistMarkdown(checklist);
  assert.deepEqual(md.split('\n').filter((l) => /^- \[[ x]\] /.test(l)).map((l) => l.slice(0, 20)), ['- [ ] **IL-HDL-001**', '- [ ] **IL-INC-001**', '- [ ] **IL-OWN-001**']);
  assert.equal(md.split('\n').some((l) => / +$/.test(l)), false);
  assert.ok(md.endsWith('.\n') && !md.endsWith('\n\n'));
  const [hdl] = MINI_RULES;
  assert.ok(hdl !== undefined);
  assert.match(renderRuleItem(hdl, { state: 'done' }), /^- \[x\] \*\*IL-HDL-001\*\* Each handle is freed exactly once \(critical\)\n/);
  assert.match(renderRuleItem(hdl, { state: 'failed' }), /^- \[ \] \*\*IL-HDL-001\*\* Each handle is freed exactly once \(critical, failed\)\n/);
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

test('issue 13: from a contract, a check is ticked per element and commands name the team\'s paths', () => {
  const meta = { ...MINI_META, input: { kind: 'contract' as const, hash: MINI_META.input.hash }, paths: { contract: 'api/imgproc.yaml', go: 'go/imgproc' } };
  const c = buildChecklist(MINI_RULES, ['handle.opaque'], meta, MINI_CONTRACT_ORIGINS);
  const md = checklistMarkdown(c);
  assert.ok(md.includes([
    '## From your boundary',
    '',
    'Checks that the contract put on this list; each says which elements did.',
    '',
    '### Implementation',
    '',
    '- [ ] **IL-HDL-001** Each handle is freed exactly once (critical)',
    '',
    '  For each of these in your contract:',
    '',
    '  - [ ] handle `Decoder` (created by `img_decoder_new`; destroyed by `img_decoder_free`)',
    '  - [ ] handle `Frame` (created by `img_decode`, `img_frame_clone`)',
    '',
    '  Why: A handle freed twice corrupts the Rust heap.',
  ].join('\n')), md);
  assert.ok(md.includes('     # in the Go wrapper module (go/imgproc, relative to the contract)\n     go test -asan -count=1 ./...'), md);
  assert.ok(md.includes('     # in the repository root\n     interlock check api/imgproc.yaml\n     interlock diagram api/imgproc.yaml'), md);
  assert.ok(md.includes('| Code | Go package `go/imgproc` (from the contract\'s sources:, relative to it) |'), md);
});

test('issue 13: a path that could escape a shell line or the code block is not shown', () => {
  for (const contract of ['-rf', 'a b.yaml', 'x`y.yaml', 'c;rm.yaml']) {
    const meta = { ...MINI_META, paths: { contract, go: contract } };
    const md = checklistMarkdown(buildChecklist(MINI_RULES, [], meta, MINI_ORIGINS));
    assert.ok(md.includes('     # in the repository root\n     interlock check contract.yaml'), contract);
    assert.ok(!md.includes(`(${contract}, relative`), contract);
  }
});
