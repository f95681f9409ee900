// `interlock check` end to end: pinned output and exit codes for text, JSON and SARIF, in-process through main();
// standard input and a reader that closes early go through the real executable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { BIN, REPO, runBin } from './run-bin.ts';
import { runMain } from './run-main.ts';

const INVALID = 'test/fixtures/contract/rules/panic-abort/invalid.yaml';
const BROKEN = 'test/fixtures/contract/rules/unknown-reference/invalid.yaml';
const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

test('clean contracts: one summary line, exit 0', async () => {
  const r = await runMain(['check', 'content/contracts/imgcodec.yaml', 'content/contracts/storage-engine.yaml', 'content/contracts/crypto-vault.yaml']);
  assert.equal(r.stdout, '3 contracts checked: no problems\n');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('lint findings: file:line:col, source line, caret, hint, summary; exit 1', async () => {
  const r = await runMain(['check', INVALID]);
  assert.equal(
    r.stdout,
    [
      `${INVALID}:6:13: warning panic-abort: a Rust panic in demo_verify aborts the whole Go process`,
      '      panics: abort  #~ panic-abort/aborts',
      '              ^',
      '  hint: use panics: catch (catch_unwind -> error code), or acknowledge it: allow: { panic-abort: "<why aborting is right>" }',
      '1 contract checked: 1 warning',
      '',
    ].join('\n'),
  );
  assert.equal(r.status, 1);
});

test('a contract that breaks the schema is unusable: exit 2, even beside a clean one', async () => {
  const r = await runMain(['check', 'content/contracts/imgcodec.yaml', '-'], { input: 'interlock: 1\nlibrary: { name: x, abi: "1.0", go_package: example.com/x }\nfunctions:\n  x_f: { panics: sometimes }\n' });
  assert.equal(
    r.stdout,
    [
      '-:4:18: error schema-bad-value: functions.x_f.panics must be one of catch, abort (got "sometimes")',
      '    x_f: { panics: sometimes }',
      '                   ^',
      '2 contracts checked: 1 error (1 contract unusable)',
      '',
    ].join('\n'),
  );
  assert.equal(r.status, 2);
});

test('--format json: one entry per file with facts and diagnostics', async () => {
  const r = await runMain(['check', '--format', 'json', INVALID, BROKEN]);
  assert.equal(r.status, 1);
  const report = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.deepEqual(report['summary'], { files: 2, unusable: 0, errors: 2, warnings: 1 });
  assert.equal(report['tool'], 'interlock');
  assert.equal(report['version'], version);
  const files = report['files'] as Array<Record<string, unknown>>;
  assert.deepEqual(files[0], {
    file: INVALID,
    usable: true,
    facts: ['abi.versioned', 'error.out-param', 'panic.abort'],
    diagnostics: [
      {
        code: 'panic-abort', severity: 'warning', message: 'a Rust panic in demo_verify aborts the whole Go process', file: INVALID, line: 6, column: 13,
        hint: 'use panics: catch (catch_unwind -> error code), or acknowledge it: allow: { panic-abort: "<why aborting is right>" }',
      },
    ],
  });
  assert.deepEqual((files[1]?.['diagnostics'] as Array<Record<string, unknown>>).map((d) => [d['code'], d['line'], d['column']]), [
    ['unknown-reference', 8, 14],
    ['unknown-reference', 13, 23],
  ]);
});

test('--format sarif: SARIF 2.1.0 that GitHub code scanning accepts', async () => {
  const r = await runMain(['check', '--format', 'sarif', INVALID, BROKEN]);
  assert.equal(r.status, 1);
  const sarif = JSON.parse(r.stdout) as { version: string; $schema: string; runs: Array<Record<string, any>> };
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(sarif.runs.length, 1);
  const run = sarif.runs[0]!;
  const driver = run['tool'].driver;
  assert.equal(driver.name, 'interlock');
  assert.equal(driver.version, version);
  const ruleIds: string[] = driver.rules.map((rule: { id: string }) => rule.id);
  assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule IDs are unique');
  for (const rule of driver.rules) {
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.equal(typeof rule.fullDescription.text, 'string');
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }
  assert.deepEqual(run['results'][0], {
    ruleId: 'panic-abort',
    ruleIndex: ruleIds.indexOf('panic-abort'),
    level: 'warning',
    message: { text: 'a Rust panic in demo_verify aborts the whole Go process (hint: use panics: catch (catch_unwind -> error code), or acknowledge it: allow: { panic-abort: "<why aborting is right>" })' },
    locations: [{ physicalLocation: { artifactLocation: { uri: INVALID, uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 13 } } }],
  });
  for (const result of run['results']) {
    assert.equal(ruleIds[result.ruleIndex], result.ruleId, 'ruleIndex points at the rule');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
  }
  assert.equal(run['results'].length, 3);
});

test('SARIF artifact URIs are relative with forward slashes, percent-encoded', async () => {
  const r = await runMain(['check', '--format', 'sarif', './test/fixtures/contract/rules/panic-abort/../panic-abort/invalid.yaml']);
  const sarif = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
  assert.equal(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri, 'test/fixtures/contract/rules/panic-abort/../panic-abort/invalid.yaml');
});

test('standard input is read with "-" (the real executable)', () => {
  const r = runBin(['check', '-'], { input: readFileSync(new URL('../../../content/contracts/imgcodec.yaml', import.meta.url)) });
  assert.equal(r.stdout, '1 contract checked: no problems\n');
  assert.equal(r.status, 0);
});

test('unreadable inputs are diagnostics with exit 2, not crashes', async () => {
  const r = await runMain(['check', 'no/such/file.yaml', 'content', '/dev/null']);
  assert.equal(
    r.stdout,
    [
      'no/such/file.yaml:1:1: error input-unreadable: cannot read the file: no such file',
      'content:1:1: error input-unreadable: cannot read the file: it is a directory',
      '/dev/null:1:1: error input-unreadable: cannot read the file: not a regular file (a device, pipe or socket)',
      '3 contracts checked: 3 errors (3 contracts unusable)',
      '',
    ].join('\n'),
  );
  assert.equal(r.status, 2);
});

test('a reader that closes early (| head) ends the run quietly, no stack trace', async () => {
  const files = Array.from({ length: 60 }, () => [INVALID, BROKEN]).flat();
  const child = spawn(process.execPath, [BIN, 'check', '--format', 'sarif', ...files], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(stderr, '');
  assert.equal(code, 1);
});
