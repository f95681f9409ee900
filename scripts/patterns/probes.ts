// Runs the toolchain probes in playbooks/patterns/_probes/<id>/: Go tests that pin a fact a page states.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from './report.ts';
import { run } from './run-detector.ts';

const PROBE_TIMEOUT_MS = 600_000;

export interface Probe {
  id: string;
  dir: string;
  /** Its probe_test.go says `// Runs alone: <why>`: it times something, so it runs after all else, by itself. */
  alone: boolean;
}

const RUNS_ALONE = /^\/\/ Runs alone: \S/m;

/** Every folder under _probes/ with a probe_test.go (one Go module, _probes/go.mod, holds them all). */
export function discoverProbes(repo: string): Probe[] {
  const root = join(repo, 'playbooks', 'patterns', '_probes');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((id) => ({ id, dir: join(root, id) }))
    .filter((p) => statSync(p.dir).isDirectory() && existsSync(join(p.dir, 'probe_test.go')))
    .map((p) => ({ ...p, alone: RUNS_ALONE.test(readFileSync(join(p.dir, 'probe_test.go'), 'utf8')) }));
}

/**
 * One probe is one `go test` in its folder. Probes build their own Rust crates and programs; they
 * keep them under INTERLOCK_PROBE_CACHE so a warm run does not rebuild (fat LTO is slow).
 */
export async function runProbe(p: Probe, cache: string): Promise<CheckResult> {
  const r = await goTest(p, cache, {});
  const base = { pattern: `_probes/${p.id}`, variant: 'probe', detector: 'go-test', seconds: r.seconds, command: 'go test -count=1 -v .', output: r.output };
  if (r.timedOut) return { ...base, verdict: 'timeout', reason: `killed after ${PROBE_TIMEOUT_MS / 1000}s` };
  if (r.code !== 0) return { ...base, verdict: 'fail', reason: 'the probe no longer shows what its page states' };
  return { ...base, verdict: 'pass' };
}

/**
 * Builds what a probe that runs alone runs, without running it (probekit.StopIfOnlyBuilding), so that the
 * alone phase spends its time on the measurements: its cargo builds land in the probe's cache, its Go
 * packages in Go's. Whether the build worked is runProbe's to report.
 */
export async function prebuildProbe(p: Probe, cache: string): Promise<{ ok: boolean; seconds: number }> {
  const r = await goTest(p, cache, { INTERLOCK_PROBE_BUILD_ONLY: '1' });
  return { ok: r.code === 0, seconds: r.seconds };
}

function goTest(p: Probe, cache: string, env: Record<string, string>): ReturnType<typeof run> {
  return run('go', ['test', '-count=1', '-v', '.'], { cwd: p.dir, env: { INTERLOCK_PROBE_CACHE: join(cache, 'probes', p.id), ...env }, timeoutMs: PROBE_TIMEOUT_MS });
}
