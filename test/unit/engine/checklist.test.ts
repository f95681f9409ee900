// Facts -> checklist: which rules apply, in which order, and that the result is deterministic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChecklist, checklistRules, ruleApplies, type ChecklistMeta } from '../../../src/lib/engine/checklist.ts';
import { checklistFromFacts } from '../../../src/lib/engine/playbook.ts';
import { rule as ruleSchema, type AuditRule } from '../../../src/lib/rules/schema.ts';
import { repoPlaybook } from './repo-playbook.ts';

function mk(id: string, severity: AuditRule['severity'], phase: AuditRule['phase'], when?: AuditRule['when']): AuditRule {
  return ruleSchema.parse({
    id, title: `Title of ${id}`, severity, phase, ...(when ? { when } : {}), rationale: 'Why.',
    verify: [{ step: 'Check.' }], evidence: ['Proof.'], covers: ['S0-01'],
    references: [{ title: 'cgo', url: 'https://pkg.go.dev/cmd/cgo' }],
  });
}

const meta: ChecklistMeta = { date: '2026-11-21', interlockVersion: '0.1.0', input: { kind: 'contract', hash: `sha256:${'0'.repeat(64)}` } };

test('all-of needs every fact, any-of needs one, both must hold, no when always applies', () => {
  const facts = new Set(['a.x', 'b.y']);
  assert.equal(ruleApplies(mk('IL-OWN-001', 'low', 'design'), new Set()), true);
  assert.equal(ruleApplies(mk('IL-OWN-001', 'low', 'design', { 'all-of': ['a.x', 'b.y'] }), facts), true);
  assert.equal(ruleApplies(mk('IL-OWN-001', 'low', 'design', { 'all-of': ['a.x', 'c.z'] }), facts), false);
  assert.equal(ruleApplies(mk('IL-OWN-001', 'low', 'design', { 'any-of': ['c.z', 'b.y'] }), facts), true);
  assert.equal(ruleApplies(mk('IL-OWN-001', 'low', 'design', { 'any-of': ['c.z'] }), facts), false);
  assert.equal(ruleApplies(mk('IL-OWN-001', 'low', 'design', { 'all-of': ['a.x'], 'any-of': ['c.z'] }), facts), false);
  assert.equal(ruleApplies(mk('IL-OWN-001', 'low', 'design', { 'all-of': ['a.x'], 'any-of': ['b.y', 'c.z'] }), facts), true);
});

test('phases in fixed order, then severity, then ID; empty phases left out; counts by severity', () => {
  const rules = [
    mk('IL-TST-002', 'low', 'testing'),
    mk('IL-OWN-009', 'high', 'design'),
    mk('IL-INC-001', 'critical', 'incident-follow-up', { 'all-of': ['incident'] }),
    mk('IL-ABI-001', 'high', 'design'),
    mk('IL-TST-001', 'critical', 'testing', { 'any-of': ['a.x'] }),
    mk('IL-OWN-001', 'medium', 'design'),
  ];
  const c = buildChecklist(rules, ['a.x', 'a.x'], meta);
  assert.deepEqual(c.phases.map((p) => [p.phase, p.rules.map((r) => r.id)]), [
    ['design', ['IL-ABI-001', 'IL-OWN-009', 'IL-OWN-001']],
    ['testing', ['IL-TST-001', 'IL-TST-002']],
  ]);
  assert.deepEqual(c.counts, { total: 5, critical: 1, high: 2, medium: 1, low: 1 });
  assert.deepEqual(c.facts, ['a.x']);
  const reversed = buildChecklist([...rules].reverse(), ['a.x'], meta);
  assert.deepEqual(JSON.stringify(reversed), JSON.stringify(c));
});

test('the real catalogue: no facts gives the always-on rules; every fact gives every rule', () => {
  const pb = repoPlaybook();
  const run = { date: '2026-11-21', interlockVersion: '0.1.0' };
  const none = checklistRules(checklistFromFacts(pb, [], {}, run));
  assert.deepEqual(none.map((r) => r.id).sort(), pb.rules.filter((r) => r.when === undefined).map((r) => r.id).sort());
  const all = checklistFromFacts(pb, [...pb.facts], {}, run);
  assert.equal(all.counts.total, pb.rules.length);
  assert.deepEqual(all.phases.map((p) => p.phase), ['design', 'implementation', 'testing', 'release', 'incident-follow-up']);
});

test('identity fields that skipped the allow-lists are refused, never written out', () => {
  const rules = [mk('IL-OWN-001', 'low', 'design')];
  assert.throws(() => buildChecklist(rules, [], { ...meta, project: 'x](javascript:alert(1))' }), {
    name: 'RangeError',
    message: 'refused checklist identity: project "x](javascript:alert(1))" must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
  });
  assert.throws(() => buildChecklist(rules, [], { ...meta, goModule: 'example.com/a|b', date: '2026-13-01' }), {
    message: 'refused checklist identity: Go module "example.com/a|b" element "a|b" may hold only ASCII letters, digits and . _ ~ -; date "2026-13-01" is not a real calendar date',
  });
  assert.throws(() => buildChecklist(rules, [], { ...meta, input: { kind: 'answers', hash: 'sha256:`' } }), /the input hash is not sha256/);
  assert.doesNotThrow(() => buildChecklist(rules, [], { ...meta, project: 'imgproc', crate: 'img_proc', goModule: 'example.com/img', abi: '3.1' }));
});
