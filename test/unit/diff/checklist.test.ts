// The targeted checklist lists only what the changes touch: rules that apply to the head contract and name a
// touched fact (or automate an acknowledged lint rule), in the engine's order; or the touched facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { targetedChecklist } from '../../../src/lib/diff/checklist.ts';
import type { Change } from '../../../src/lib/diff/change.ts';
import type { AuditRule } from '../../../src/lib/rules/schema.ts';

function change(kind: Change['kind'], facts: string[], extra: Partial<Change> = {}): Change {
  return {
    kind, category: 'ownership', severity: 'memory-safety', requires: 'major', audit: true, path: ['functions', 'demo_f'],
    before: null, after: null, summary: '', implication: '', facts, ...extra,
  };
}

function rule(id: string, phase: AuditRule['phase'], severity: AuditRule['severity'], when?: AuditRule['when'], lint: string[] = []): AuditRule {
  const r: AuditRule = {
    id, title: `title of ${id}`, severity, phase, rationale: 'r', verify: [{ step: 's' }], evidence: ['e'],
    covers: ['S1-17'], patterns: [], lint, anssi: [], references: [{ title: 't', url: 'https://go.dev/' }],
  };
  if (when !== undefined) r.when = when;
  return r;
}

const RULES = [
  rule('IL-TST-001', 'testing', 'critical', { 'all-of': ['buffer.rust-owned'] }),
  rule('IL-OWN-002', 'design', 'high', { 'all-of': ['buffer.rust-owned'] }),
  rule('IL-OWN-001', 'design', 'critical', { 'any-of': ['buffer.rust-owned', 'handle.opaque'] }),
  rule('IL-CB-001', 'implementation', 'critical', { 'all-of': ['callback.go-from-rust', 'callback.foreign-thread'] }),
  rule('IL-GOV-001', 'design', 'high', undefined, ['panic-abort']),
  rule('IL-GOV-002', 'release', 'medium'),
];

test('rules: applicable to head, naming a touched fact, in phase then severity then ID order', () => {
  const changes = [change('pass-changed', ['abi.versioned', 'buffer.rust-owned']), change('callback-thread-changed', ['callback.go-from-rust'])];
  const list = targetedChecklist(changes, new Set(['buffer.rust-owned', 'callback.go-from-rust']), { kind: 'rules', rules: RULES });
  // IL-CB-001 needs callback.foreign-thread in the head contract; IL-GOV-002 applies to everything, so no change targets it.
  assert.deepEqual(list.items.map((i) => `${i.id} ${i.facts.join(',')} ${i.changes.join(',')}`), [
    'IL-OWN-001 buffer.rust-owned 0',
    'IL-OWN-002 buffer.rust-owned 0',
    'IL-TST-001 buffer.rust-owned 0',
  ]);
});

test('rules: an acknowledgement change targets the rules that automate that lint rule', () => {
  const ack = change('allowance-changed', ['panic.abort'], { path: ['functions', 'demo_f', 'allow', 'panic-abort'], requires: 'none' });
  const list = targetedChecklist([ack], new Set(['panic.abort']), { kind: 'rules', rules: RULES });
  assert.deepEqual(list.items.map((i) => [i.id, i.facts, i.changes]), [['IL-GOV-001', [], [0]]]);
});

test('facts: one item per touched fact with its summary; documentation-only changes add nothing', () => {
  const changes = [
    change('doc-changed', [], { audit: false, requires: 'none' }),
    change('pass-changed', ['buffer.rust-owned', 'abi.versioned']),
    change('owner-changed', ['buffer.rust-owned']),
  ];
  const list = targetedChecklist(changes, new Set(), { kind: 'facts', summaries: { 'buffer.rust-owned': 'Rust allocates a buffer.' } });
  assert.deepEqual(list, {
    source: 'facts',
    items: [
      { id: 'abi.versioned', title: 'abi.versioned', facts: ['abi.versioned'], changes: [1] },
      { id: 'buffer.rust-owned', title: 'Rust allocates a buffer.', facts: ['buffer.rust-owned'], changes: [1, 2] },
    ],
  });
});
