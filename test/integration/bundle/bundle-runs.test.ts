// Proof the bundle's audit.sh runs, with the real Go and Rust toolchains: on a team's own code (a miniature in
// test/fixtures/team-code) it passes, names what it ran on, and fails on a race planted in that code. The
// pattern lab's run is lab-runs.test.ts, a file of its own so the two run at the same time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_ROOT } from '../../../src/lib/export/bundle.ts';
import { REPO, runBin } from '../../unit/cli/run-bin.ts';

const TEAM = join(REPO, 'test/fixtures/team-code');
const env = { ...process.env, CARGO_TERM_COLOR: 'never' };

/** The team's repository in a temporary folder, with the bundle for its contract unzipped inside it. */
function teamRepo(dir: string): string {
  const repo = join(dir, 'repo');
  cpSync(TEAM, repo, { recursive: true, filter: (src) => !src.includes('/target') });
  const zip = join(dir, 'bundle.zip');
  const made = runBin(['bundle', '--contract', join(repo, 'contract.yaml'), '--date', '2026-03-03', '-o', zip]);
  assert.equal(made.status, 0, made.stderr);
  const unzip = spawnSync('unzip', ['-q', zip, '-d', repo], { encoding: 'utf8' });
  assert.equal(unzip.status, 0, unzip.stderr);
  return repo;
}

test("audit.sh runs the detectors on the team's own module and crate and says so", { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-team-audit-'));
  try {
    const repo = teamRepo(dir);
    const audit = spawnSync('sh', [`${BUNDLE_ROOT}/audit.sh`], { cwd: repo, encoding: 'utf8', timeout: 540_000, env });
    const out = `${audit.stdout}${audit.stderr}`;
    assert.equal(audit.status, 0, out);
    assert.match(out, /^Interlock audit of your code for teamadd\n  Go module:  example\.com\/teamadd in \S+\/repo\/go \(go1\.\d+[^)]*\)\n  Rust crate: teamadd in \S+\/repo\/rust \(cargo 1\.\d+/);
    const ran = [...out.matchAll(/^(\S+) +ok$/gm)].map((m) => m[1]);
    assert.deepEqual(ran, ['cargo-build', 'cargo-test', 'go-vet', 'go-test', 'race', 'asan', 'cgocheck2', 'pressure']);
    assert.match(out, /^audit passed: 8 check\(s\) on example\.com\/teamadd and teamadd$/m);
    assert.equal(readdirSync(join(repo, 'audit-logs')).length, 8);

    // A data race in the team's Go code: the race detector fails the audit, and the verdict says where.
    writeFileSync(join(repo, 'go', 'race_test.go'), RACY_TEST);
    const racy = spawnSync('sh', [`${BUNDLE_ROOT}/audit.sh`], { cwd: repo, encoding: 'utf8', timeout: 540_000, env });
    const racyOut = `${racy.stdout}${racy.stderr}`;
    assert.equal(racy.status, 1, racyOut);
    assert.match(racyOut, /^race +FAILED$/m);
    assert.match(readFileSync(join(repo, 'audit-logs', 'race.log'), 'utf8'), /WARNING: DATA RACE/);
    assert.match(racyOut, /^audit FAILED: \d+ of 8 check\(s\) on example\.com\/teamadd and teamadd:\n  race  \(log: audit-logs\/race\.log\)/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Two goroutines write one variable without synchronisation; only the race detector fails this test. */
const RACY_TEST = `package teamadd

import (
	"sync"
	"testing"
)

func TestRacyTotal(t *testing.T) {
	var total int32
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { total = Add(total, 1) })
	}
	wg.Wait()
	if total < 1 {
		t.Fatal("no addition happened")
	}
}
`;
