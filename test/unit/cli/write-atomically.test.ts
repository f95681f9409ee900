// The one atomic writer every -o option uses: whole file or none, no temporary left behind, a reason on failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from '../../../src/node/write-atomically.ts';

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
