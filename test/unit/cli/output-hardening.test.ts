// Issue 17: -o respects FIFOs, devices and "-", and every message shows command-line values with their control
// characters made visible. In-process through main(), except the FIFO, which a real process writes into.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, REPO } from './run-bin.ts';
import { runMain } from './run-main.ts';

// Relative to the repository (the working directory of every run), as the pinned report names them.
const BASE = 'test/fixtures/diff/base.yaml';
const HEAD = 'test/fixtures/diff/cases/additions/head.yaml';
const RULES = 'test/fixtures/diff/rules';
const expectedMd = readFileSync(join(REPO, 'test/fixtures/diff/cases/additions/expected.md'), 'utf8');

async function inTempDir(use: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-out-'));
  try {
    await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('diff -o - prints the report on standard output', async () => {
  const r = await runMain(['diff', '--rules', RULES, '--format', 'md', '-o', '-', BASE, HEAD]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expectedMd);
  assert.equal(r.status, 1);
});

test('diff -o <fifo> streams the report to the reader and leaves the FIFO a FIFO', async () => {
  await inTempDir(async (dir) => {
    const fifo = join(dir, 'comment.fifo');
    execFileSync('mkfifo', [fifo]);
    const received = join(dir, 'received.md');
    const out = openSync(received, 'w');
    const reader = spawn('cat', [fifo], { stdio: ['ignore', out, 'inherit'] });
    closeSync(out);
    const readerDone = new Promise((done) => reader.on('close', done));
    const writer = spawn(process.execPath, [BIN, 'diff', '--rules', RULES, '--format', 'md', '-o', fifo, BASE, HEAD], { cwd: REPO, stdio: 'ignore' });
    const status = await new Promise((done) => writer.on('close', done));
    await readerDone;
    assert.equal(status, 1);
    assert.equal(readFileSync(received, 'utf8'), expectedMd);
    assert.ok(lstatSync(fifo).isFIFO());
    assert.deepEqual(readdirSync(dir).sort(), ['comment.fifo', 'received.md']);
  });
});

test('diagram -o <character device> writes into the device and does not replace it', async () => {
  await inTempDir(async (dir) => {
    const device = join(dir, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const r = await runMain(['diagram', '-o', device, join(REPO, 'content/contracts/imgcodec.yaml')], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.ok(lstatSync(device).isCharacterDevice());
    assert.deepEqual(readdirSync(dir), ['null']);
  });
});

test('command-line values in messages show their control characters: unknown command, --git, --type', async () => {
  const unknown = await runMain(['bad\u001b]0;x\u0007\ncmd']);
  assert.equal(unknown.stderr, 'interlock: unknown command "bad\\x1b]0;x\\x07\\x0acmd" (see interlock --help)\n');
  const git = await runMain(['diff', '--git', '\u001b[2Jmain', 'content/contracts/imgcodec.yaml']);
  assert.equal(git.stderr, 'interlock diff: unknown git revision "\\x1b[2Jmain" (fetch it first: shallow CI clones often lack the base branch)\n');
  assert.equal(git.status, 2);
  const type = await runMain(['diagram', '--kind', 'lifecycle', '--type', '\u202eepyT\nno problems', 'content/contracts/imgcodec.yaml']);
  assert.equal(type.stderr, 'interlock diagram: "\\u202eepyT\\x0ano problems" is not an opaque type of imgcodec; opaque types: Image (see interlock diagram --help)\n');
  assert.equal(type.status, 2);
});
