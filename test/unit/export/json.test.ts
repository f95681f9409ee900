// JSON export: follows the published schema, stable key order, and the schema file is not stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildChecklist } from '../../../src/lib/engine/checklist.ts';
import { buildPostmortem } from '../../../src/lib/engine/postmortem.ts';
import { checklistJson, checklistJsonSchemaText, CHECKLIST_SCHEMA_URL } from '../../../src/lib/export/checklist-schema.ts';
import { checklistJsonText, checklistToJson } from '../../../src/lib/export/json.ts';
import { MINI_FAULT, MINI_INCIDENT, MINI_META, MINI_ORIGINS, MINI_RULES } from '../../fixtures/engine/mini-rules.ts';
import { repoPlaybook } from '../engine/repo-playbook.ts';
import { checklistFromFacts } from '../../../src/lib/engine/playbook.ts';

const checklist = buildChecklist(MINI_RULES, ['handle.opaque', 'incident'], MINI_META, MINI_ORIGINS);

test('public/schema/checklist-v1.json is what scripts/emit-checklist-schema.ts writes from the zod schema', () => {
  const published = readFileSync(new URL('../../../public/schema/checklist-v1.json', import.meta.url), 'utf8');
  assert.equal(published, checklistJsonSchemaText(), 'stale: run npm exec -- node scripts/emit-checklist-schema.ts');
  const schema = JSON.parse(published) as { $id?: string; $schema?: string };
  assert.equal(schema.$id, CHECKLIST_SCHEMA_URL);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('a checklist and a postmortem both validate against the schema', () => {
  assert.equal(checklistJson.safeParse(checklistToJson(checklist)).success, true);
  const pm = buildPostmortem(checklist, MINI_INCIDENT, MINI_FAULT, { 'IL-OWN-001': 'done', 'IL-HDL-001': 'failed' });
  const doc = checklistToJson(checklist, pm);
  assert.deepEqual(checklistJson.safeParse(doc).error?.issues, undefined);
  assert.deepEqual(doc.postmortem?.actionItems, [
    { id: 'IL-HDL-001', status: 'failed', guardsFaultClass: true },
  ]);
  assert.deepEqual(doc.phases.map((p) => p.items.map((i) => `${i.id}:${i.status}`)), [['IL-OWN-001:done'], ['IL-HDL-001:failed'], ['IL-INC-001:open']]);
  const pb = repoPlaybook();
  const full = checklistFromFacts(pb, [...pb.facts], { project: 'x' }, { date: '2026-11-21', interlockVersion: '0.1.0' });
  assert.equal(checklistJson.safeParse(checklistToJson(full)).success, true);
});

test('the JSON text has a fixed key order and a trailing newline', () => {
  const text = checklistJsonText(checklist);
  assert.ok(text.endsWith('}\n'));
  assert.deepEqual(Object.keys(JSON.parse(text) as object), ['$schema', 'format', 'version', 'project', 'crate', 'goModule', 'abi', 'date', 'interlock', 'input', 'facts', 'counts', 'phases']);
  const item = (JSON.parse(text) as { phases: Array<{ items: Array<Record<string, unknown>> }> }).phases[1]?.items[0];
  assert.deepEqual(item, {
    id: 'IL-HDL-001',
    title: 'Each handle is freed exactly once',
    severity: 'critical',
    phase: 'implementation',
    when: { 'all-of': ['handle.opaque'] },
    rationale: 'A handle freed twice corrupts the Rust heap.',
    verify: [
      { step: 'Run the tests under AddressSanitizer.', run: 'go test -asan -count=1 ./...', in: 'go' },
      { step: 'Read the wrapper\'s `Close`.' },
    ],
    evidence: ['Clean `go test -asan` output.'],
    covers: ['S0-23'],
    patterns: ['opaque-handle'],
    lint: ['opaque-create-destroy'],
    anssi: ['FFI-MEM-WRAPPING'],
    references: [{ title: 'runtime.AddCleanup', url: 'https://pkg.go.dev/runtime#AddCleanup' }],
    scope: 'boundary',
    because: { facts: ['handle.opaque'], answers: [{ question: 'Does Go hold handles?', answer: 'Yes, Go holds handles' }], elements: [], inputs: [] },
  });
  const design = (JSON.parse(text) as { phases: Array<{ items: Array<Record<string, unknown>> }> }).phases[0]?.items[0];
  assert.equal(design?.['scope'], 'baseline');
  assert.equal('because' in (design ?? {}), false);
  assert.equal(checklistJsonText(buildChecklist([...MINI_RULES].reverse(), ['incident', 'handle.opaque'], MINI_META, MINI_ORIGINS)), text);
});
