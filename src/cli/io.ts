// What a command may touch: output streams, bounded file reads, the working directory. Tests and main()
// share this seam, so commands never reach for process globals themselves.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../lib/diagnostics/diagnostic.ts';
import { terminalReport } from '../lib/output/terminal.ts';
import { writeOutput } from '../node/write-atomically.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Reads at most maxBytes + 1 bytes, so an oversized file is detected without loading it. */
  readBounded(path: string, maxBytes: number): ReadResult;
  /** Where the team hosts the handbook (INTERLOCK_SITE_URL), for links in help and reports. */
  siteUrl?: string;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** The one diagnostic for a file (or standard input, "-") that could not be read; `what` names it in the message. */
export function unreadableInput(file: string, reason: string, what = file === '-' ? 'standard input' : 'the file'): Diagnostic {
  return { code: 'input-unreadable', severity: 'error', message: `cannot read ${what}: ${reason}`, file, line: 1, column: 1 };
}

/** One short reason per errno a user can act on; anything else gets its code. */
function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory';
    case 'ENAMETOOLONG': return 'the path is too long';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    default: return code !== undefined ? `error ${code}` : 'unknown error';
  }
}

export function readBoundedFromDisk(path: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
    if (path !== '-') {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { ok: false, reason: 'it is a directory' };
      if (!stat.isFile()) return { ok: false, reason: 'not a regular file (a device, pipe or socket)' };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    while (total <= maxBytes) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, Math.min(chunk.length, maxBytes + 1 - total), null);
      } catch (error) {
        if ((error as { code?: string }).code === 'EAGAIN') continue;
        throw error;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      total += n;
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/**
 * The CLI's output layer: everything any command prints passes the terminal encoder, so no control or bidi
 * character from a contract, a rules folder or the command line reaches a terminal or a CI log as itself,
 * whichever command printed it. Values are encoded one by one before this (their line breaks too); here the
 * report's own line breaks and tabs stay. JSON reports hold none of these characters (src/lib/output/json.ts),
 * so they pass unchanged.
 */
export function encodedIo(io: CliIo): CliIo {
  return {
    stdout: (text) => io.stdout(terminalReport(text)),
    stderr: (text) => io.stderr(terminalReport(text)),
    cwd: io.cwd,
    readBounded: (path, maxBytes) => io.readBounded(path, maxBytes),
    ...(io.siteUrl !== undefined ? { siteUrl: io.siteUrl } : {}),
  };
}

/**
 * Sends a report where -o says: standard output for no -o or "-", else the file through writeOutput (atomic
 * for a regular file or a new path, streamed into a FIFO or a device, symbolic links followed). Returns a
 * reason when the file could not be written.
 */
export function emitReport(io: CliIo, output: string | undefined, content: string | Uint8Array): string | undefined {
  if (output === undefined || output === '-') {
    io.stdout(typeof content === 'string' ? content : new TextDecoder().decode(content));
    return undefined;
  }
  return writeOutput(resolve(io.cwd, output), content);
}
