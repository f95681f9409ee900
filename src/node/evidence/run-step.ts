// Runs one planned verify step with /bin/sh in its folder and keeps its output (standard output and error,
// interleaved as the command wrote them), and reads the versions of the tools the steps use.
import { spawnSync } from 'node:child_process';
import { arch, release, type } from 'node:os';
import type { PlannedStep } from '../../lib/evidence/plan.ts';

interface StepRun {
  started: string;
  durationMs: number;
  exitCode: number | null;
  timedOut: boolean;
  output: Uint8Array;
}

/** Runs the step; a step that outlives `timeoutMs` is killed and recorded as timed out. */
export function runStep(step: PlannedStep, timeoutMs: number): StepRun {
  const started = new Date();
  const t0 = performance.now();
  // `exec 2>&1` first: one stream in the order the command wrote it, which is what a reviewer reads.
  // `set -e`: a rule's lines are separate checks, so the step fails at the first that fails, not only the last.
  const r = spawnSync('/bin/sh', ['-c', `exec 2>&1\nset -e\n${step.command}`], {
    cwd: step.cwd,
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CARGO_TERM_COLOR: 'never', NO_COLOR: '1' },
  });
  const timedOut = (r.error as { code?: string } | undefined)?.code === 'ETIMEDOUT';
  const out = r.stdout instanceof Buffer ? r.stdout : Buffer.alloc(0);
  return {
    started: started.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    exitCode: typeof r.status === 'number' ? r.status : null,
    timedOut,
    output: new Uint8Array(out),
  };
}

function versionOf(cmd: string, args: string[]): string | null {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] ?? null : null;
}

export function toolVersions(): { go: string | null; cargo: string | null; rustc: string | null; os: string } {
  return { go: versionOf('go', ['version']), cargo: versionOf('cargo', ['--version']), rustc: versionOf('rustc', ['--version']), os: `${type()} ${release()} ${arch()}` };
}
