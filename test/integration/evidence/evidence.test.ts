// interlock evidence, in-process through main(): run records each verify step of a real checklist in a team's
// repository (a miniature in test/fixtures/team-code, built with the real cargo and go), verify accepts the
// record, and any edit to a kept output, a deleted output or a broken file is caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../src/cli/main.ts';
import { readBoundedFromDisk } from '../../../src/cli/io.ts';
import { evidenceDoc, evidenceJsonSchemaText } from '../../../src/lib/evidence/schema.ts';
import { REPO } from '../../unit/cli/run-bin.ts';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, readBounded: (path, max) => readBoundedFromDisk(resolve(cwd, path), max) });
  return { code, stdout, stderr };
}

/** The team repository in a temporary folder, its crate built as the team's CI would. */
function teamRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-evidence-'));
  cpSync(join(REPO, 'test/fixtures/team-code'), dir, { recursive: true, filter: (src) => !src.includes('/target') });
  const built = spawnSync('cargo', ['build', '--release', '--quiet'], { cwd: join(dir, 'rust'), encoding: 'utf8', env: { ...process.env, CARGO_TERM_COLOR: 'never' } });
  assert.equal(built.status, 0, built.stderr);
  return dir;
}

test('run records the steps with tools, folders, exit codes and hashes; verify catches an edit and a deletion', { timeout: 300_000 }, async () => {
  const dir = teamRepo();
  // The team has interlock installed: a shim on PATH runs this checkout's CLI.
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'interlock'), `#!/bin/sh\nexec "${process.execPath}" "${join(REPO, 'bin/interlock.js')}" "$@"\n`, { mode: 0o755 });
  const path = process.env['PATH'];
  process.env['PATH'] = `${bin}:${path ?? ''}`;
  try {
    const run = await cli(['evidence', 'run', '--contract', 'contract.yaml', '--rule', 'IL-TST-003', '--rule', 'IL-OWN-001', '-o', 'evidence.json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'wrote evidence.json: 3 steps, 0 failed; outputs in evidence-logs/\n');
    const doc = evidenceDoc.parse(JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')));
    assert.equal(doc.project, 'teamadd');
    assert.match(doc.tools.go ?? '', /^go version go1\.\d+/);
    assert.match(doc.tools.cargo ?? '', /^cargo 1\.\d+/);
    // IL-OWN-001's commands run in the repository root with the team's contract path; IL-TST-003's in the Go module.
    assert.deepEqual(doc.steps.map((s) => [s.rule, s.step, s.in, s.cwd.slice(dir.length), s.exitCode]), [
      ['IL-OWN-001', 1, 'repo', '', 0],
      ['IL-OWN-001', 2, 'rust', '/rust', 0],
      ['IL-TST-003', 1, 'go', '/go', 0],
    ]);
    assert.equal(doc.steps[0]?.command.split('\n')[0], 'interlock check contract.yaml');
    const tst = doc.steps.find((s) => s.rule === 'IL-TST-003');
    assert.equal(tst?.command, 'go test -race -count=1 ./...\ngo test -asan -count=1 ./...\nGOEXPERIMENT=cgocheck2 go test -count=1 ./...');
    assert.match(readFileSync(join(dir, tst!.output.file), 'utf8'), /^ok\s+example\.com\/teamadd/m);

    // The checklist shows what was recorded under the check it belongs to, and the record in its header.
    const shown = await cli(['checklist', '--contract', 'contract.yaml', '--evidence', 'evidence.json', '--date', '2026-12-03'], dir);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /^\| Evidence \| 3 step\(s\) run \d{4}-\d\d-\d\d with go version go1\.\d+[^|]*: 0 failed \|$/m);
    const item = shown.stdout.slice(shown.stdout.indexOf('**IL-TST-003**'));
    assert.match(item.slice(0, item.indexOf('\n- [ ]')), /\n  Recorded evidence:\n\n  - step 1 passed: `go test -race -count=1 \.\/\.\.\.` and more in `[^`]+\/go`, [^,]+, \d+\.\d s; output `evidence-logs\/IL-TST-003-1\.log` \(`sha256:[0-9a-f]{64}`\)\n/);
    assert.deepEqual(await cli(['evidence', 'verify', 'evidence.json'], dir), { code: 0, stdout: `evidence intact: ${doc.steps.length} kept outputs match their SHA-256\n`, stderr: '' });
    appendFileSync(join(dir, tst!.output.file), 'FAIL\n');
    const edited = await cli(['evidence', 'verify', 'evidence.json'], dir);
    assert.equal(edited.code, 1);
    assert.match(edited.stderr, /^evidence\.json: evidence-logs\/IL-TST-003-1\.log differs from what was recorded for IL-TST-003 step 1 \(\d+ bytes, sha256:[0-9a-f]{64}; recorded \d+ bytes, sha256:[0-9a-f]{64}\)\n$/);
    rmSync(join(dir, tst!.output.file));
    const deleted = await cli(['evidence', 'verify', 'evidence.json'], dir);
    assert.equal(deleted.code, 1);
    assert.equal(deleted.stderr, 'evidence.json: evidence-logs/IL-TST-003-1.log is missing (IL-TST-003 step 1)\n');

    // Evidence is never overwritten.
    const again = await cli(['evidence', 'run', '--contract', 'contract.yaml', '-o', 'evidence.json'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /evidence\.json exists: evidence is never overwritten, choose another -o/);
  } finally {
    process.env['PATH'] = path;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failing step is recorded with its exit code and the run exits 1', { timeout: 300_000 }, async () => {
  const dir = teamRepo();
  try {
    writeFileSync(join(dir, 'go', 'fail_test.go'), 'package teamadd\n\nimport "testing"\n\nfunc TestFails(t *testing.T) { t.Fatal("planted failure") }\n');
    const run = await cli(['evidence', 'run', '--contract', 'contract.yaml', '--rule', 'IL-TST-003', '-o', 'e.json'], dir);
    assert.equal(run.code, 1, run.stderr);
    const doc = evidenceDoc.parse(JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8')));
    assert.equal(doc.steps[0]?.exitCode, 1);
    assert.match(readFileSync(join(dir, doc.steps[0]!.output.file), 'utf8'), /planted failure/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('broken evidence files and command lines: exit 2 with file:line:column or the usage problem', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-evidence-bad-'));
  try {
    writeFileSync(join(dir, 'bad.json'), '{\n  "format": "interlock-evidence",\n  oops\n}\n');
    const bad = await cli(['evidence', 'verify', 'bad.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^bad\.json:3:3: error evidence-not-json: the evidence file is not valid JSON\n/);
    writeFileSync(join(dir, 'wrong.json'), '{\n  "format": "interlock-evidence",\n  "version": 2\n}\n');
    const wrong = await cli(['evidence', 'verify', 'wrong.json'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^wrong\.json:3:3: error evidence-invalid: version: /m);
    assert.equal((await cli(['evidence'], dir)).code, 2);
    assert.match((await cli(['evidence', 'run', '--contract', join(REPO, 'test/fixtures/team-code/contract.yaml'), '--rule', 'IL-XYZ-001', '-o', 'x.json'], dir)).stderr, /not on this checklist: IL-XYZ-001/);
    assert.match((await cli(['evidence', 'run', '--contract', 'c.yaml'], dir)).stderr, /-o <evidence\.json> is required/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('public/schema/evidence-v1.json is what scripts/emit-evidence-schema.ts writes from the zod schema', () => {
  assert.equal(readFileSync(join(REPO, 'public/schema/evidence-v1.json'), 'utf8'), evidenceJsonSchemaText());
});
