// Runs the real bin/interlock.js in a child process, the way a user or CI does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/interlock.js', import.meta.url));

export interface BinResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBin(args: readonly string[], options: { input?: string | Uint8Array; cwd?: string; node?: string } = {}): BinResult {
  const r = spawnSync(options.node ?? process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input ?? '',
    encoding: 'utf8',
    // A hang is a failure; slowness under a loaded machine is not.
    timeout: 30_000,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
