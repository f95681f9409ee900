// Proof the bundle runs: real `interlock bundle` output, unpacked with unzip, audit.sh run with the real Go and Rust
// toolchains. Go's build cache is the user's own (not overridden), so after the first run this takes about a minute; on
// a new machine the race and ASan builds of Go's standard library come first, so the time limits only guard a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_ROOT } from '../../../src/lib/export/bundle.ts';
import { REPO, runBin } from '../cli/run-bin.ts';

const FIXTURES = join(REPO, 'test/fixtures/wizard');

const CASES: Array<{ name: string; args: string[]; patterns: string[] }> = [
  { name: 'a struct and an ABI handshake', args: ['--answers', join(FIXTURES, 'runs-layout.yaml')], patterns: ['abi-handshake', 'repr-c-layout'] },
  { name: 'cancellable long calls', args: ['--answers', join(FIXTURES, 'runs-cancel.yaml')], patterns: ['cancellation'] },
  {
    name: 'a postmortem after a panic abort',
    args: ['--answers', join(FIXTURES, 'runs-incident.yaml'), '--postmortem', join(FIXTURES, 'incident-abort.yaml')],
    patterns: ['panic-containment'],
  },
];

for (const c of CASES) {
  test(`the bundle for ${c.name} unzips and its audit.sh passes with the real toolchains`, { timeout: 900_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'interlock-bundle-runs-'));
    try {
      const zip = join(dir, 'bundle.zip');
      const made = runBin(['bundle', ...c.args, '--date', '2026-03-03', '-o', zip]);
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stdout, new RegExp(`patterns?: ${c.patterns.join(', ')}\\)\\n$`));

      const unzip = spawnSync('unzip', ['-q', zip, '-d', dir], { encoding: 'utf8' });
      assert.equal(unzip.status, 0, unzip.stderr);
      const root = join(dir, BUNDLE_ROOT);
      assert.deepEqual(readdirSync(join(root, 'patterns')).sort(), ['_shared', ...c.patterns]);

      const audit = spawnSync('sh', ['audit.sh'], { cwd: root, encoding: 'utf8', timeout: 840_000, env: { ...process.env, CARGO_TERM_COLOR: 'never' } });
      const output = `${audit.stdout}${audit.stderr}`;
      assert.equal(audit.status, 0, output);
      const checks = c.patterns.reduce((n, id) => n + 1 + (readFileSync(join(root, 'patterns', id, 'pattern.yaml'), 'utf8').match(/^detectors: \[(.*)\]$/m)?.[1]?.split(',').length ?? 0), 0);
      assert.match(output, new RegExp(`^Interlock audit for \\S+: ${checks} check\\(s\\) in ${c.patterns.length} pattern\\(s\\)$`, 'm'));
      assert.match(output, new RegExp(`^audit passed: ${checks} of ${checks} check\\(s\\) ok$`, 'm'));
      // Every check left its full output behind as evidence.
      assert.equal(readdirSync(join(root, 'audit-logs')).length, checks);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
