// Writes a file through a temporary sibling and a rename, so a reader sees the whole file or none of it.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Returns undefined on success, or a short reason; on failure nothing is left behind. Text is written as UTF-8. */
export function writeFileAtomically(path: string, content: Uint8Array | string): string | undefined {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    // writeSync may write less than asked (a pipe, a full disk): loop until every byte is out.
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
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
    const code = (error as { code?: string }).code;
    switch (code) {
      case 'ENOENT': return 'the folder does not exist';
      case 'EISDIR': return 'it is a directory';
      case 'EACCES': case 'EPERM': return 'permission denied';
      case 'ENOSPC': return 'the disk is full';
      default: return `error ${code ?? 'unknown'}`;
    }
  }
}
