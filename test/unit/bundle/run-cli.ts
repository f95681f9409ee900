// Runs the real bin/interlock.js in a child process for the bundle tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/interlock.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../fixtures/wizard/', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function interlock(args: readonly string[], cwd = REPO): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
