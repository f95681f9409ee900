// audit.sh for the team's code: refused inputs before any text is written, and usage errors before any tool runs.
// The real run (pass, and a planted race caught) is in test/integration/bundle/bundle-runs.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { teamAuditScript } from '../../../src/lib/export/team-audit-script.ts';

const base = { project: 'imgcodec', toolVersion: '0.1.0' };

test('default paths that could leave their shell quotes or pose as options are refused', () => {
  for (const bad of ["go'; rm -rf ~", '-rf', 'a b', 'x`y`', '$(id)']) {
    assert.throws(() => teamAuditScript({ ...base, goDir: bad }), /Go path .* was not validated/, bad);
    assert.throws(() => teamAuditScript({ ...base, rustDir: bad }), /Rust path .* was not validated/, bad);
  }
  assert.match(teamAuditScript({ ...base, goDir: 'go/imgcodec', rustDir: 'crates/imgcodec-ffi' }), /^GO_DIR='go\/imgcodec'\nRUST_DIR='crates\/imgcodec-ffi'$/m);
  assert.match(teamAuditScript(base), /^GO_DIR=''\nRUST_DIR=''$/m);
});

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-team-audit-'));
  try {
    writeFileSync(join(dir, 'audit.sh'), script);
    return spawnSync('/bin/sh', [join(dir, 'audit.sh'), ...args], { cwd: dir, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('without a Go module, an unknown argument or a missing folder: exit 2 and the fix, nothing run', () => {
  const none = run(teamAuditScript(base), []);
  assert.equal(none.status, 2);
  assert.equal(none.stderr, 'audit.sh: tell audit.sh where your Go module is: sh audit.sh --go path/to/module --rust path/to/crate (or give the contract a sources: block)\n');
  assert.equal(none.stdout, '');
  const unknown = run(teamAuditScript(base), ['--pattern', 'x']);
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stderr, 'audit.sh: unknown argument: --pattern (usage: sh audit.sh [--go <folder>] [--rust <folder>])\n');
  const missing = run(teamAuditScript({ ...base, goDir: 'no/such/module' }), []);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'audit.sh: no Go module folder at no/such/module\n');
  const noCrate = run(teamAuditScript(base), ['--go', '.', '--rust', 'nowhere']);
  assert.equal(noCrate.status, 2);
  assert.match(noCrate.stderr, /^audit\.sh: \/\S+ is not inside a Go module \(no go\.mod above it\)\n$/);
});

test('--help prints the usage from the header', () => {
  const help = run(teamAuditScript(base), ['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^audit\.sh: runs Interlock's detectors on YOUR Go module and Rust crate/);
  assert.match(help.stdout, /Usage: sh audit\.sh \[--go <Go module folder>\] \[--rust <Rust crate folder>\]/);
});
