// The one writer every -o option uses: whole file or none, no temporary left behind, a reason on failure;
// devices and FIFOs are streamed into and symbolic links followed, never replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically, writeOutput } from '../../../src/node/write-atomically.ts';

function inTempDir(use: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-write-'));
  try {
    use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('text and bytes are written whole, replacing the old file, with no temporary file left', () => {
  inTempDir((dir) => {
    const file = join(dir, 'report.md');
    writeFileSync(file, 'old contents that are longer than the new ones\n');
    assert.equal(writeFileAtomically(file, 'naïve ✓\n'), undefined);
    assert.equal(readFileSync(file, 'utf8'), 'naïve ✓\n');
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    assert.equal(writeFileAtomically(file, bytes), undefined);
    assert.deepEqual(new Uint8Array(readFileSync(file)), bytes);
    assert.deepEqual(readdirSync(dir), ['report.md']);
  });
});

test('a missing folder or a directory in the way gives a short reason and leaves nothing behind', () => {
  inTempDir((dir) => {
    assert.equal(writeFileAtomically(join(dir, 'absent', 'report.md'), 'x'), 'the folder does not exist');
    mkdirSync(join(dir, 'taken'));
    assert.equal(writeFileAtomically(join(dir, 'taken'), 'x'), 'it is a directory');
    assert.deepEqual(readdirSync(dir), ['taken']);
    assert.deepEqual(readdirSync(join(dir, 'taken')), []);
  });
});

test('issue 17: a character device is written into, never replaced by a regular file', () => {
  inTempDir((dir) => {
    const device = join(dir, 'null');
    // The same device numbers as /dev/null, made here: the real /dev/null is never touched.
    execFileSync('mknod', [device, 'c', '1', '3']);
    assert.equal(writeOutput(device, 'report\n'), undefined);
    assert.ok(lstatSync(device).isCharacterDevice(), 'still a character device');
    const link = join(dir, 'stdout-link');
    symlinkSync(device, link);
    assert.equal(writeOutput(link, 'report\n'), undefined);
    assert.ok(lstatSync(link).isSymbolicLink() && statSync(link).isCharacterDevice(), 'the link and its device are both still there');
    assert.deepEqual(readdirSync(dir).sort(), ['null', 'stdout-link']);
  });
});

test('issue 17: a FIFO is streamed into: the reader gets every byte and the FIFO stays a FIFO', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-write-'));
  try {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const received = join(dir, 'received');
    // The reader writes to a file, not back to this process: the write below blocks this event loop.
    const out = openSync(received, 'w');
    const reader = spawn('cat', [fifo], { stdio: ['ignore', out, 'inherit'] });
    closeSync(out);
    const closed = new Promise((done) => reader.on('close', done));
    const big = 'x'.repeat(300_000) + '\n';
    assert.equal(writeOutput(fifo, big), undefined);
    await closed;
    assert.equal(readFileSync(received, 'utf8'), big);
    assert.ok(lstatSync(fifo).isFIFO());
    assert.deepEqual(readdirSync(dir).sort(), ['pipe', 'received']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('issue 17: a symbolic link to a file is followed (the link stays, the file is replaced with its permissions kept)', () => {
  inTempDir((dir) => {
    const file = join(dir, 'real.md');
    writeFileSync(file, 'old\n', { mode: 0o600 });
    const link = join(dir, 'link.md');
    symlinkSync('real.md', link);
    assert.equal(writeOutput(link, 'new\n'), undefined);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(file, 'utf8'), 'new\n');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir).sort(), ['link.md', 'real.md']);
  });
});

test('issue 17: a dangling symbolic link is refused, not replaced', () => {
  inTempDir((dir) => {
    const link = join(dir, 'dangling.md');
    symlinkSync('missing.md', link);
    assert.equal(writeOutput(link, 'x'), 'it is a symbolic link to nothing (a dangling link is not replaced)');
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.deepEqual(readdirSync(dir), ['dangling.md']);
  });
});
