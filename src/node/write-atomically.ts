// Writes an -o target and respects what is there: a regular file or a new path is replaced atomically (a
// temporary sibling, then a rename, so a reader sees the whole file or none of it); a FIFO or a character
// device is streamed into, never replaced; a symbolic link is followed to its target, never replaced.
import { closeSync, constants, fchmodSync, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A short reason for a failed write, in the words a user can act on. */
function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return 'the folder does not exist';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOSPC': return 'the disk is full';
    case 'ENXIO': return 'nothing is reading from it (a socket or a FIFO without a reader)';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EPIPE': return 'the reader went away';
    default: return `error ${code ?? 'unknown'}`;
  }
}

/** writeSync may write less than asked (a pipe, a full disk): loop until every byte is out. */
function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) {
    try {
      written += writeSync(fd, data, written, data.length - written);
    } catch (error) {
      // A non-blocking FIFO whose reader is slow: wait for room rather than fail half-way.
      if ((error as { code?: string }).code !== 'EAGAIN') throw error;
    }
  }
}

/** Temporary sibling + rename; keeps the permission bits of the file it replaces. */
function replaceAtomically(path: string, data: Uint8Array, existing: Stats | undefined): string | undefined {
  // Unique enough with the pid, and opened with 'wx' so a clash fails instead of clobbering; node:crypto
  // would cost every run of the CLI its load time.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    if (existing !== undefined) fchmodSync(fd, existing.mode & 0o7777);
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    return undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already gone
    }
    return describe(error);
  }
}

/** A FIFO or a character device: opened for writing without creating or truncating anything, then streamed. */
function stream(path: string, data: Uint8Array): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_NOCTTY);
    // The path was checked before opening; check the opened object too, so a swap in between changes nothing.
    const opened = fstatSync(fd);
    if (!opened.isFIFO() && !opened.isCharacterDevice()) return 'it changed while being opened; nothing was written';
    writeAll(fd, data);
    return undefined;
  } catch (error) {
    return describe(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What the -o target is now: absent, or its stats after following symbolic links. */
function inspect(path: string): { kind: 'absent' } | { kind: 'present'; real: string; stats: Stats } | { kind: 'refused'; reason: string } {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT' ? { kind: 'absent' } : { kind: 'refused', reason: describe(error) };
  }
  if (!link.isSymbolicLink()) return { kind: 'present', real: path, stats: link };
  try {
    // stat, not realpath, decides: /dev/stdout -> /proc/self/fd/1 -> "pipe:[123]" has no real path, but the
    // kernel opens it. Only a regular file needs its real path, to rename next to it.
    const stats = statSync(path);
    return { kind: 'present', real: stats.isFile() ? realpathSync(path) : path, stats };
  } catch {
    return { kind: 'refused', reason: 'it is a symbolic link to nothing (a dangling link is not replaced)' };
  }
}

/**
 * Writes `content` to `path`. Returns undefined on success, or a short reason; on failure nothing is left
 * behind and nothing that was there is replaced. Text is written as UTF-8.
 */
export function writeOutput(path: string, content: Uint8Array | string): string | undefined {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const target = inspect(path);
  if (target.kind === 'refused') return target.reason;
  if (target.kind === 'absent') return replaceAtomically(path, data, undefined);
  const { stats, real } = target;
  if (stats.isFile()) return replaceAtomically(real, data, stats);
  if (stats.isFIFO() || stats.isCharacterDevice()) return stream(real, data);
  if (stats.isDirectory()) return 'it is a directory';
  if (stats.isBlockDevice()) return 'it is a block device (a disk is never written to)';
  return 'it is a socket or another special file';
}

/** The name every -o option has used since the first command: the same writer. */
export const writeFileAtomically = writeOutput;
