// The change-kind catalogue is an API: IDs are pinned, and every kind is exercised by a pinned fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHANGE_KINDS } from '../../../src/lib/diff/kinds.ts';
import type { ChangeKind } from '../../../src/lib/diff/kinds.ts';
import { cases } from './support.ts';

const PINNED_KINDS: readonly string[] = [
  'function-added', 'function-removed', 'type-added', 'type-removed', 'type-kind-changed',
  'param-added', 'param-removed', 'param-reordered', 'param-renamed', 'param-type-changed', 'return-type-changed', 'string-form-changed', 'array-length-changed',
  'struct-field-added', 'struct-field-removed', 'struct-field-reordered', 'struct-field-type-changed', 'struct-field-renamed', 'struct-layout-changed',
  'enum-repr-changed', 'enum-value-added', 'enum-value-removed', 'enum-value-changed', 'enum-value-renamed',
  'pass-changed', 'allocator-changed', 'owner-changed', 'destroy-changed', 'arena-changed', 'create-changed', 'out-changed', 'parent-changed', 'nullable-changed', 'secret-changed',
  'lifetime-changed', 'pinned-changed',
  'threads-changed', 'sync-changed', 'locks-os-thread-changed', 'blocking-changed', 'cancellable-changed', 'exclusive-changed',
  'error-model-changed', 'panic-policy-changed', 'error-code-added', 'error-code-removed', 'error-code-meaning-changed', 'error-code-renumbered', 'success-code-changed',
  'error-sentinel-renamed', 'error-name-changed', 'error-message-changed',
  'callback-thread-changed', 'callback-retention-changed', 'callback-context-changed',
  'library-renamed', 'go-package-changed',
  'allowance-changed', 'doc-changed',
];

interface JsonChange {
  kind: ChangeKind;
  category: string;
  severity: string;
  requires: string;
  audit: boolean;
  facts: string[];
}

function allChanges(): Array<JsonChange & { caseName: string }> {
  return cases().flatMap((c) => (JSON.parse(c.expected.json) as { changes: JsonChange[] }).changes.map((ch) => ({ ...ch, caseName: c.name })));
}

test('kind IDs are pinned: renaming or dropping one breaks CI filters and changelog scripts', () => {
  assert.deepEqual(Object.keys(CHANGE_KINDS), PINNED_KINDS);
});

test('every kind is exercised by at least one fixture case', () => {
  const seen = new Set(allChanges().map((c) => c.kind));
  assert.deepEqual(PINNED_KINDS.filter((k) => !seen.has(k as ChangeKind)), []);
});

test('each change in the pinned reports carries its kind\'s category, severity and audit flag', () => {
  for (const c of allChanges()) {
    const info = CHANGE_KINDS[c.kind];
    assert.equal(c.category, info.category, `${c.caseName} ${c.kind}`);
    assert.equal(c.severity, info.severity, `${c.caseName} ${c.kind}`);
    assert.equal(c.audit, info.audit, `${c.caseName} ${c.kind}`);
  }
});

test('breaking-abi changes always require a major bump; documentation-only kinds never require one', () => {
  for (const c of allChanges()) {
    if (c.severity === 'breaking-abi') assert.equal(c.requires, 'major', `${c.caseName} ${c.kind}`);
    if (!c.audit) assert.equal(c.requires, 'none', `${c.caseName} ${c.kind}`);
  }
});

test('a change that needs a bump touches abi.versioned; one that needs none touches no version fact', () => {
  for (const c of allChanges()) assert.equal(c.facts.includes('abi.versioned'), c.requires !== 'none', `${c.caseName} ${c.kind}`);
});

test('every kind has a one-sentence description', () => {
  for (const [kind, info] of Object.entries(CHANGE_KINDS)) assert.match(info.description, /^[A-Z].*\.$/, kind);
});
