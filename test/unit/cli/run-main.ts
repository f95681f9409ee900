// Runs interlock's main() in this process, the seam bin/interlock.js goes through (src/cli/run.ts), with
// the output collected in memory: the same parsing, commands and encoding without starting a Node per call.
// What only a real process shows (stdin, exit on EPIPE, the Node version check) stays with runBin.
import { resolve } from 'node:path';
import { readBoundedFromDisk, type ReadResult } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { REPO } from './run-bin.ts';

export interface MainResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface MainOptions {
  /** What "-" reads, as standard input would hold it. */
  input?: string | Uint8Array;
  /** The working directory the command sees (the repository by default, as runBin's). */
  cwd?: string;
  siteUrl?: string;
}

export async function runMain(args: readonly string[], options: MainOptions = {}): Promise<MainResult> {
  const cwd = options.cwd ?? REPO;
  const input = typeof options.input === 'string' ? new TextEncoder().encode(options.input) : (options.input ?? new Uint8Array());
  let stdout = '';
  let stderr = '';
  const readBounded = (path: string, maxBytes: number): ReadResult =>
    // Like readBoundedFromDisk on fd 0: at most maxBytes + 1 bytes, so the size limit is seen.
    path === '-' ? { ok: true, bytes: input.slice(0, maxBytes + 1) } : readBoundedFromDisk(resolve(cwd, path), maxBytes);
  const status = await main(args, {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    cwd,
    readBounded,
    ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
  });
  return { status, stdout, stderr };
}
