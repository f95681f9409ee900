// Runs child processes, capturing their output, and stops every running one cleanly on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string; // stdout and stderr interleaved in arrival order
  seconds: number;
  timedOut: boolean;
}

const running = new Set<ChildProcess>();
let interrupted = false;

/** True once the user pressed Ctrl-C; the caller stops starting new work. */
export function wasInterrupted(): boolean {
  return interrupted;
}

// Each child runs in its own process group (detached), so `go test` and the test binary it starts
// are signalled together. SIGINT first, SIGKILL if the group is still there after 3 s.
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export function installInterruptHandler(onInterrupt: () => void): void {
  const handler = (): void => {
    if (interrupted) return; // second Ctrl-C: the first is already stopping things
    interrupted = true;
    for (const child of running) {
      killGroup(child, 'SIGINT');
      setTimeout(() => killGroup(child, 'SIGKILL'), 3000).unref();
    }
    onInterrupt();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** Runs one command to completion. Never throws; a missing binary shows up as code 127. */
export function run(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<RunResult> {
  const start = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let timedOut = false;
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGKILL');
    }, opts.timeoutMs);
    const finish = (code: number | null, signal: NodeJS.Signals | null, extra = ''): void => {
      clearTimeout(timer);
      running.delete(child);
      resolve({
        code,
        signal,
        output: Buffer.concat(chunks).toString('utf8') + extra,
        seconds: (performance.now() - start) / 1000,
        timedOut,
      });
    };
    child.on('error', (e) => finish(127, null, `\n${cmd}: ${e.message}\n`));
    child.on('close', (code, signal) => finish(code, signal));
  });
}
