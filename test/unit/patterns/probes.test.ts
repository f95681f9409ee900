// The toolchain probes: found by the audit, each documented in _probes/README.md, and selected by --probe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseArgs } from '../../../scripts/patterns/args.ts';
import { discoverProbes } from '../../../scripts/patterns/probes.ts';

const repo = join(import.meta.dirname, '..', '..', '..');

test('every probe folder is found, and probekit (no probe_test.go) is not', () => {
  assert.deepEqual(discoverProbes(repo).map((p) => p.id), [
    'async-runtime',
    'boundary-costs',
    'callback-reentry',
    'cgo-pointer-checks',
    'cgo-traceback',
    'cleanup-refusals',
    'cpu-profile-cgo',
    'crash-messages',
    'debug-checks-abort',
    'dependency-visibility',
    'goexit-skips-rust-frames',
    'native-static-libs',
    'process-environment',
    'race-hidden-by-cgo-call',
    'races-inside-rust',
    'rust-heap-invisible',
    'secret-mode-cgo',
    'signal-without-onstack',
    'test-cache-ignores-static-lib',
    'two-staticlibs',
  ]);
});

test('the probes that time something say so, and the audit runs them alone, after the rest', () => {
  const alone = discoverProbes(repo).filter((p) => p.alone).map((p) => p.id);
  assert.deepEqual(alone, ['async-runtime', 'boundary-costs', 'cpu-profile-cgo', 'race-hidden-by-cgo-call']);
});

test('a probe that runs alone can be built without running (the audit builds it in the pool); no other probe stops early', () => {
  for (const probe of discoverProbes(repo)) {
    const calls = readFileSync(join(probe.dir, 'probe_test.go'), 'utf8').match(/\bprobekit\.StopIfOnlyBuilding\(t\)/g) ?? [];
    assert.equal(calls.length, probe.alone ? 1 : 0, probe.id);
  }
});

test('the README table has one row per probe, so every probe says what it shows', () => {
  const readme = readFileSync(join(repo, 'playbooks', 'patterns', '_probes', 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(rows, discoverProbes(repo).map((p) => p.id));
});

test('--probe takes a comma-separated list and repeats; other flags keep their meaning', () => {
  const o = parseArgs(['--probe', 'two-staticlibs,crash-messages', '--probe=native-static-libs', '--record']);
  assert.deepEqual(o.probes, ['two-staticlibs', 'crash-messages', 'native-static-libs']);
  assert.deepEqual(o.patterns, []);
  assert.equal(o.record, true);
  assert.throws(() => parseArgs(['--probe']), /--probe needs a value/);
});
