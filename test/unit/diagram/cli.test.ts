// interlock diagram, run as a user runs it: Mermaid and SVG out, unusable contracts refused with their
// diagnostics and exit 2, and nothing written unless the whole diagram is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContract } from '../../../src/lib/contract/check.ts';
import { ownershipDiagram } from '../../../src/lib/diagram/ownership.ts';
import { diagramKey } from '../../../src/node/diagram/cache-key.ts';
import { COMMITTED_CACHE } from '../../../src/node/diagram/cache-store.ts';
import { BIN, REPO } from '../cli/run-bin.ts';
import { runMain } from '../cli/run-main.ts';

const FIXTURES = 'test/fixtures/diagram';
const fixture = (name: string): string => readFileSync(join(REPO, FIXTURES, name), 'utf8');

async function withTempDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-diagram-cli-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('diagram --help is pinned', async () => {
  const r = await runMain(['diagram', '--help']);
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout,
    `Usage: interlock diagram [--kind ownership|lifecycle] [--type <Name>] [--format mermaid|svg] [--theme light|dark] [-o <file>] <contract.yaml>

Draw a contract as an ownership map or a handle lifecycle (Mermaid or SVG)

Arguments:
  <contract.yaml>        the contract to draw; "-" reads standard input

Options:
  --kind <kind>          ownership (default): the Go heap, the C ABI and the Rust heap with every create,
                         borrow, transfer, release and callback; lifecycle: one opaque handle from create to
                         release as a sequence diagram
  --type <Name>          the opaque type a lifecycle follows (needed when there are several)
  -f, --format <format>  mermaid (default): Mermaid text; svg: the rendered picture, read from the diagram
                         cache or rendered in a local Chromium (never downloaded)
  --theme <theme>        light (default) or dark colours, for --format svg
  -o, --output <file>    write to this file instead of standard output: a file is replaced all or nothing, a
                         FIFO or device is written into, a symbolic link is followed
  -h, --help             show this help

Exit codes:
  0  the diagram was written (lint findings, if any, are noted on standard error)
  2  the contract is unusable (unreadable, not YAML, breaks the schema), the command line is wrong,
     or an SVG had to be rendered and no browser was found; nothing is written
`,
  );
});

test('Mermaid text on standard output: the ownership map by default, a lifecycle by type', async () => {
  const map = await runMain(['diagram', `${FIXTURES}/imgcodec.yaml`]);
  assert.deepEqual([map.status, map.stderr], [0, '']);
  assert.equal(map.stdout, fixture('imgcodec.ownership.mmd'));
  const life = await runMain(['diagram', '--kind', 'lifecycle', `${FIXTURES}/imgcodec.yaml`]);
  assert.deepEqual([life.status, life.stderr], [0, '']);
  assert.equal(life.stdout, fixture('imgcodec.lifecycle-Image.mmd'), 'the only opaque type needs no --type');
  const key = await runMain(['diagram', '--kind', 'lifecycle', '--type', 'Key', '-'], { input: fixture('crypto-vault.yaml') });
  assert.equal(key.stdout, fixture('crypto-vault.lifecycle-Key.mmd'));
});

test('lint findings do not stop the drawing; they are noted on standard error', async () => {
  const r = await runMain(['diagram', `${FIXTURES}/mini.yaml`]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, fixture('mini.ownership.mmd'));
  assert.equal(r.stderr, `interlock diagram: note: the contract has 2 lint findings; run interlock check ${FIXTURES}/mini.yaml to see them\n`);
});

test('an unusable contract prints its diagnostics, exits 2 and writes nothing', async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, 'map.mmd');
    const r = await runMain(['diagram', '-o', out, '-'], { input: 'interlock: 1\nlibrary: {name: x}\n' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `-:1:1: error schema-missing-field: the contract is missing the required field "functions"
  interlock: 1
  ^
-:2:10: error schema-missing-field: library is missing the required field "abi"
  library: {name: x}
           ^
-:2:10: error schema-missing-field: library is missing the required field "go_package"
  library: {name: x}
           ^
interlock diagram: the contract is unusable (3 errors); nothing was drawn
`,
    );
    assert.deepEqual(readdirSync(dir), []);
    const missing = await runMain(['diagram', join(dir, 'absent.yaml')]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, `${join(dir, 'absent.yaml')}:1:1: error input-unreadable: cannot read the file: no such file\ninterlock diagram: the contract is unusable; nothing was drawn\n`);
  });
});

test('command-line mistakes: one line, exit 2', async () => {
  const cases: Array<[string[], string]> = [
    [['--kind', 'flow', 'x.yaml'], '--kind must be one of ownership, lifecycle'],
    [['--format', 'png', 'x.yaml'], '--format must be one of mermaid, svg'],
    [['--theme', 'dark', 'x.yaml'], '--theme applies only to --format svg'],
    [['--format', 'svg', '--theme', 'sepia', 'x.yaml'], '--theme must be one of light, dark'],
    [[], 'name exactly one contract file'],
    [['a.yaml', 'b.yaml'], 'name exactly one contract file'],
    [['--type', 'Image', `${FIXTURES}/imgcodec.yaml`], 'a type is chosen only for a lifecycle diagram'],
    [['--kind', 'lifecycle', `${FIXTURES}/crypto-vault.yaml`], 'choose the opaque type to follow: Vault, Key, AuditSink'],
    [['--kind', 'lifecycle', '--type', 'KeyId', `${FIXTURES}/crypto-vault.yaml`], '"KeyId" is not an opaque type of crypto_vault; opaque types: Vault, Key, AuditSink'],
  ];
  for (const [args, message] of cases) {
    const r = await runMain(['diagram', ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr, `interlock diagram: ${message} (see interlock diagram --help)\n`, args.join(' '));
    assert.equal(r.stdout, '');
  }
});

test('-o writes the whole file and replaces an old one; a missing folder is refused', async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, 'map.mmd');
    writeFileSync(out, 'old');
    const r = await runMain(['diagram', '-o', out, `${FIXTURES}/imgcodec.yaml`]);
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, '', '']);
    assert.equal(readFileSync(out, 'utf8'), fixture('imgcodec.ownership.mmd'));
    assert.deepEqual(readdirSync(dir), ['map.mmd'], 'no temporary file left behind');
    const nowhere = join(dir, 'no', 'map.mmd');
    const bad = await runMain(['diagram', '-o', nowhere, `${FIXTURES}/imgcodec.yaml`]);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, `interlock diagram: cannot write ${nowhere}: the folder does not exist\n`);
  });
});

test('--format svg of a sample contract comes from the committed cache, no browser needed', async () => {
  const r = await runMain(['diagram', '--format', 'svg', '--theme', 'dark', 'content/contracts/imgcodec.yaml']);
  assert.deepEqual([r.status, r.stderr], [0, '']);
  const model = checkContract(readFileSync(join(REPO, 'content/contracts/imgcodec.yaml')), 'x').model!;
  assert.equal(r.stdout, readFileSync(join(COMMITTED_CACHE, `${diagramKey(ownershipDiagram(model), 'dark')}.svg`), 'utf8'));
});

test('--format svg of a diagram in no cache, with no browser: NO_BROWSER_HELP-style message, exit 2, nothing written', async () => {
  await withTempDir(async (dir) => {
    const contract = join(dir, 'other.yaml');
    writeFileSync(contract, fixture('imgcodec.yaml').replace('name: imgcodec', 'name: othercodec'));
    const out = join(dir, 'map.svg');
    const r = spawnSync(process.execPath, [BIN, 'diagram', '--format', 'svg', '-o', out, contract], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env['PATH'] ?? '', XDG_CACHE_HOME: join(dir, 'cache'), INTERLOCK_CHROMIUM: join(dir, 'no-browser') },
    });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `interlock diagram: this diagram is in no cache and must be rendered, but no browser was found.\n\nINTERLOCK_CHROMIUM is set to ${join(dir, 'no-browser')}, but no file exists there.\n`,
    );
    assert.ok(!existsSync(out) && !existsSync(join(dir, 'cache')));
  });
});
