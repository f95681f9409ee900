// interlock bundle --scan: the zip's CHECKLIST.md and checklist.json carry the same evidence from the code as
// interlock checklist --scan, byte for byte; refusals say why and write nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../cli/run-main.ts';
import { readZip } from './zip-reader.ts';
import { BUNDLE_ROOT } from '../../../src/lib/export/bundle.ts';

const DRIFTED = 'test/fixtures/code/drift/drifted/contract.yaml';
const DATE = '2026-01-01';

async function withTemp(use: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-bundle-scan-'));
  try {
    await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function entry(zip: string, name: string): string {
  const found = readZip(new Uint8Array(readFileSync(zip))).find((e) => e.path === `${BUNDLE_ROOT}/${name}`);
  assert.ok(found, `${name} is in the zip`);
  return new TextDecoder().decode(found.data);
}

test('the bundle of a drifted boundary holds the checklist with the same findings as checklist --scan', async () => {
  await withTemp(async (dir) => {
    const zip = join(dir, 'audit.zip');
    const r = await runMain(['bundle', '--contract', DRIFTED, '--scan', '--date', DATE, '-o', zip]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    const md = await runMain(['checklist', '--contract', DRIFTED, '--scan', '--date', DATE]);
    const json = await runMain(['checklist', '--contract', DRIFTED, '--scan', '--format', 'json', '--date', DATE]);
    assert.equal(entry(zip, 'CHECKLIST.md'), md.stdout);
    assert.equal(entry(zip, 'checklist.json'), json.stdout);
    // The evidence is really there: the drifted Go wrapper's use-after-close, at its line.
    assert.match(entry(zip, 'CHECKLIST.md'), /- \[ \] IL-HDL-001: failed .*\n {2}- `test\/fixtures\/code\/drift\/drifted\/go\/kv\.go:25:2`/);
  });
});

test('bundle --scan refuses answers, a contract without sources: and sources that are not there, writing nothing', async () => {
  await withTemp(async (dir) => {
    const zip = join(dir, 'audit.zip');
    const answers = await runMain(['bundle', '--answers', 'test/fixtures/engine/answers-small.yaml', '--scan', '-o', zip]);
    assert.equal(answers.status, 2);
    assert.match(answers.stderr, /--scan reads the code a contract names: use it with --contract/);
    const noSources = await runMain(['bundle', '--contract', 'test/fixtures/contract/rules/out-param-on-failure/valid.yaml', '--scan', '-o', zip]);
    assert.equal(noSources.status, 2);
    assert.equal(noSources.stderr, [
      'interlock bundle: --scan needs a contract whose sources: block names the rust crate or the go package',
      'interlock bundle: the code could not be scanned; no bundle was written',
      '',
    ].join('\n'));
    // The imgcodec sample names code that is not in this repository: each path is named, nothing is written.
    const missing = await runMain(['bundle', '--contract', 'content/contracts/imgcodec.yaml', '--scan', '-o', zip]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, [
      'content/contracts/include/imgcodec.h:1:1: error code-unreadable: cannot read the source file: no such file',
      'content/contracts/crates/imgcodec-ffi:1:1: error code-unreadable: cannot read the source file: no such file',
      'content/contracts/go/imgcodec:1:1: error code-unreadable: cannot read the source file: no such file',
      'interlock bundle: the code could not be scanned; no bundle was written',
      '',
    ].join('\n'));
    assert.equal(existsSync(zip), false);
  });
});
