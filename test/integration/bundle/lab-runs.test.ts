// Proof the bundle's pattern lab runs, with the real Go and Rust toolchains: lab.sh builds the example projects
// the answers call for and runs their detectors, saying they are Interlock's examples, not the team's code.
// The patterns stage runs every pattern's detectors, so one lab case is enough here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_ROOT } from '../../../src/lib/export/bundle.ts';
import { REPO, runBin } from '../../unit/cli/run-bin.ts';

const env = { ...process.env, CARGO_TERM_COLOR: 'never' };

test('the pattern lab builds the examples the answers call for and says they are not your code', { timeout: 900_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-bundle-lab-'));
  try {
    const zip = join(dir, 'bundle.zip');
    const made = runBin(['bundle', '--answers', join(REPO, 'test/fixtures/wizard/runs-cancel.yaml'), '--date', '2026-03-03', '-o', zip]);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /patterns?: cancellation\)\n$/);
    assert.equal(spawnSync('unzip', ['-q', zip, '-d', dir]).status, 0);
    const lab = join(dir, BUNDLE_ROOT, 'lab');
    assert.deepEqual(readdirSync(join(lab, 'patterns')).sort(), ['_shared', 'cancellation']);
    const run = spawnSync('sh', ['lab.sh'], { cwd: lab, encoding: 'utf8', timeout: 840_000, env });
    const out = `${run.stdout}${run.stderr}`;
    assert.equal(run.status, 0, out);
    const detectors = readFileSync(join(lab, 'patterns', 'cancellation', 'pattern.yaml'), 'utf8').match(/^detectors: \[(.*)\]$/m)?.[1]?.split(',').length ?? 0;
    const checks = detectors + 1;
    assert.match(out, new RegExp(`^Interlock pattern lab for \\S+ \\(Interlock's example projects, not your code\\): ${checks} check\\(s\\) in 1 pattern\\(s\\)$`, 'm'));
    assert.match(out, new RegExp(`^lab passed: ${checks} of ${checks} check\\(s\\) ok on Interlock's example projects$`, 'm'));
    assert.equal(readdirSync(join(lab, 'lab-logs')).length, checks);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
