// interlock drift through the real binary: pinned text for clean and planted drift, JSON, SARIF, exit codes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { runMain } from '../cli/run-main.ts';

const DIR = 'test/fixtures/code/drift';

test('a boundary whose code agrees with its contract has no drift (layouts compiled with cc)', async () => {
  const r = await runMain(['drift', '--probes', `${DIR}/clean/contract.yaml`]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'note: struct layouts checked with cc\ndrift: no differences\n');
  assert.equal(r.status, 0);
});

test('every planted drift and probe finding is reported once, with positions on both sides', async () => {
  const r = await runMain(['drift', '--probes', `${DIR}/drifted/contract.yaml`]);
  assert.equal(r.stdout, readFileSync(`${DIR}/drifted.expected.txt`, 'utf8'));
  assert.equal(r.status, 1);
});

test('command-line paths override sources:, and without --probes only drift is reported', async () => {
  const r = await runMain(['drift', '--header', `${DIR}/drifted/include/kv.h`, `${DIR}/clean/contract.yaml`]);
  assert.equal(r.stdout, [
    `${DIR}/drifted/include/kv.h:26:1: error drift-return-type: kv_stats returns \`int32_t\` in the header but \`()\` in Rust (${DIR}/clean/rust/src/lib.rs:38:26)`,
    `${DIR}/drifted/include/kv.h:27:1: error drift-contract-unlisted: kv_flush crosses the boundary but the contract ${DIR}/clean/contract.yaml does not declare it`,
    '  hint: add it under functions: (interlock init --header drafts the entry)',
    `${DIR}/drifted/include/kv.h:27:1: error drift-not-exported: the header declares kv_flush, but no Rust function exports it (#[unsafe(no_mangle)] extern "C")`,
    '  hint: the Go build links against a symbol that does not exist, or exists under another name',
    'note: struct layouts checked with cc',
    'drift: 3 errors, 0 warnings',
    '',
  ].join('\n'));
  assert.equal(r.status, 1);
});

test('JSON groups the findings by file; SARIF lists drift codes and probes as rules', async () => {
  const json = JSON.parse((await runMain(['drift', '--probes', '--format', 'json', `${DIR}/drifted/contract.yaml`])).stdout) as { summary: unknown; files: { file: string; diagnostics: { code: string }[] }[] };
  assert.deepEqual(json.summary, { files: 4, unusable: 0, errors: 15, warnings: 1 });
  assert.deepEqual(json.files.map((f) => [f.file.replace(`${DIR}/drifted/`, ''), f.diagnostics.length]), [['contract.yaml', 5], ['go/kv.go', 2], ['include/kv.h', 6], ['rust/src/lib.rs', 3]]);
  const sarif = JSON.parse((await runMain(['drift', '--probes', '--format', 'sarif', `${DIR}/drifted/contract.yaml`])).stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: unknown } }[] }[] }[] };
  const run = sarif.runs[0]!;
  assert.ok(run.tool.driver.rules.some((r) => r.id === 'drift-param-type') && run.tool.driver.rules.some((r) => r.id === 'go-cleanup-not-stopped'));
  assert.equal(run.results.length, 16);
  assert.deepEqual(run.results[0]!.locations[0]!.physicalLocation, { artifactLocation: { uri: `${DIR}/drifted/contract.yaml`, uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 11 } });
});

test('unreadable or unparsable sources exit 2 with file:line:column; no sources is a usage error', async () => {
  const missing = await runMain(['drift', '--header', 'no-such.h']);
  assert.deepEqual([missing.status, missing.stdout], [2, 'no-such.h:1:1: error code-unreadable: cannot read the source file: no such file\ndrift: 1 error, 0 warnings\n']);
  const broken = await runMain(['drift', '--header', `${DIR}/broken.h`]);
  assert.equal(broken.status, 2);
  assert.equal(broken.stdout, `${DIR}/broken.h:3:12: error code-unparsable: C syntax error: missing ")"\n  hint: the reader skips this part of the file; fix it or check that the path is the right file\ndrift: 1 error, 0 warnings\n`);
  const none = await runMain(['drift']);
  assert.deepEqual([none.status, none.stdout, none.stderr], [2, '', 'interlock drift: name the code to compare: --header, --rust, --go, or a contract with a sources: block (see interlock drift --help)\n']);
  assert.doesNotMatch(broken.stderr + missing.stderr, /at .*\.ts:\d+/);
});
