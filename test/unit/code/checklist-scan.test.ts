// interlock checklist --contract --scan: rules a probe answers are marked passed or failed with evidence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runMain } from '../cli/run-main.ts';
import { checklistJson } from '../../../src/lib/export/checklist-schema.ts';

const D = 'test/fixtures/code/drift';

function evidence(stdout: string): string {
  return stdout.slice(stdout.indexOf('\n## Evidence from the code'));
}

test('the clean boundary passes every rule a probe answers; the other rules stay for a person', async () => {
  const r = await runMain(['checklist', '--contract', `${D}/clean/contract.yaml`, '--scan', '--date', '2026-01-01']);
  assert.equal(r.status, 0);
  assert.equal(evidence(r.stdout), [
    '',
    '## Evidence from the code',
    '',
    "Static probes answered 4 of the checklist's rules; the other 38 stay for a person.",
    '',
    '- [x] IL-HDL-001: passed (`go-destroy-keeps-pointer`, `go-cleanup-not-stopped`, `go-error-path-leak`, `go-set-finalizer`)',
    '- [x] IL-OWN-003: passed (`go-c-free-rust-memory`)',
    '- [x] IL-PAN-001: passed (`rust-panic-escapes`)',
    '- [x] IL-TST-001: passed (`rust-unsafe-without-safety`)',
    '',
  ].join('\n'));
  // Without --scan the checklist is unchanged: the section is the only addition.
  const plain = await runMain(['checklist', '--contract', `${D}/clean/contract.yaml`, '--date', '2026-01-01']);
  assert.equal(plain.stdout + evidence(r.stdout), r.stdout);
});

test('failed rules carry each finding with file:line:column', async () => {
  const r = await runMain(['checklist', '--contract', `${D}/drifted/contract.yaml`, '--scan', '--date', '2026-01-01']);
  assert.equal(r.status, 0);
  assert.equal(evidence(r.stdout), [
    '',
    '## Evidence from the code',
    '',
    "Static probes answered 4 of the checklist's rules; the other 38 stay for a person.",
    '',
    '- [ ] IL-HDL-001: failed (`go-destroy-keeps-pointer`, `go-cleanup-not-stopped`, `go-error-path-leak`, `go-set-finalizer`)',
    `  - \`${D}/drifted/go/kv.go:25:2\` (\\*Store).Close frees s.h with C.kv_close but never clears s.h: a later call uses the freed handle`,
    '- [x] IL-OWN-003: passed (`go-c-free-rust-memory`)',
    '- [ ] IL-PAN-001: failed (`rust-panic-escapes`)',
    `  - \`${D}/drifted/rust/src/lib.rs:56:19\` kv_count can panic (unwrap() at ${D}/drifted/rust/src/lib.rs\\:58:7) and no catch_unwind surrounds its body: a panic aborts the Go process`,
    '- [ ] IL-TST-001: failed (`rust-unsafe-without-safety`)',
    `  - \`${D}/drifted/rust/src/lib.rs:57:26\` unsafe block in kv_count has no SAFETY: comment`,
    '',
  ].join('\n'));
});

test('with --format json, each item a probe answers carries the same verdict and findings under "code"', async () => {
  const r = await runMain(['checklist', '--contract', `${D}/drifted/contract.yaml`, '--scan', '--format', 'json', '--date', '2026-01-01']);
  assert.equal(r.status, 0);
  const doc = checklistJson.parse(JSON.parse(r.stdout));
  const answered = doc.phases.flatMap((p) => p.items).filter((i) => i.code !== undefined)
    .map((i) => [i.id, i.code?.status, i.code?.findings.map((f) => `${f.probe} ${f.file}:${f.line}:${f.column}`)]);
  assert.deepEqual(answered, [
    ['IL-HDL-001', 'failed', [`go-destroy-keeps-pointer ${D}/drifted/go/kv.go:25:2`]],
    ['IL-OWN-003', 'passed', []],
    ['IL-PAN-001', 'failed', [`rust-panic-escapes ${D}/drifted/rust/src/lib.rs:56:19`]],
    ['IL-TST-001', 'failed', [`rust-unsafe-without-safety ${D}/drifted/rust/src/lib.rs:57:26`]],
  ]);
  // Without --scan no item has a "code" object.
  const plain = await runMain(['checklist', '--contract', `${D}/drifted/contract.yaml`, '--format', 'json', '--date', '2026-01-01']);
  assert.equal(checklistJson.parse(JSON.parse(plain.stdout)).phases.flatMap((p) => p.items).filter((i) => i.code !== undefined).length, 0);
});

test('--scan needs a contract file with sources', async () => {
  const cases: [string[], string][] = [
    [['--answers', 'x.yaml', '--scan'], '--scan reads the code a contract names: use it with --contract'],
    [['--contract', '-', '--scan'], '--scan needs the contract as a file: its sources: paths are relative to it'],
  ];
  for (const [args, message] of cases) {
    const r = await runMain(['checklist', ...args]);
    assert.deepEqual([r.status, r.stdout, r.stderr], [2, '', `interlock checklist: ${message} (see interlock checklist --help)\n`]);
  }
  const none = await runMain(['checklist', '--contract', 'content/contracts/crypto-vault.yaml', '--scan']);
  assert.deepEqual([none.status, none.stdout], [2, '']);
  assert.equal(none.stderr, 'interlock checklist: --scan needs a contract whose sources: block names the rust crate or the go package\ninterlock checklist: the code could not be scanned; no checklist was written\n');
});
