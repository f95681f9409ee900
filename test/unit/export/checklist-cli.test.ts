// `interlock checklist` end to end through main() (the seam bin/interlock.js calls; the packed-CLI test runs the
// executable itself): the exact documents it writes for fixed inputs,
// the same bytes as the engine the wizard calls, and file:line:col diagnostics with exit 2 on bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnswersFile } from '../../../src/lib/engine/answers-schema.ts';
import { checklistFromAnswers } from '../../../src/lib/engine/playbook.ts';
import { checklistJson } from '../../../src/lib/export/checklist-schema.ts';
import { checklistMarkdown } from '../../../src/lib/export/markdown.ts';
import { runMain } from '../cli/run-main.ts';
import { repoPlaybook, ROOT } from '../engine/repo-playbook.ts';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SMALL = 'test/fixtures/engine/answers-small.yaml';
const INCIDENT = 'test/fixtures/engine/incident.yaml';
const expected = (name: string) => readFileSync(join(ROOT, 'test/fixtures/engine/expected', name), 'utf8').replaceAll('@VERSION@', version);
const checklist = (...args: string[]) => runMain(['checklist', '--date', '2026-11-21', ...args]);

test('answers -> the exact Markdown checklist', async () => {
  const r = await checklist('--answers', SMALL);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, expected('small.md'));
});

test('answers -> the exact JSON, valid against the published schema', async () => {
  const r = await checklist('--answers', SMALL, '--format', 'json');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, expected('small.json'));
  assert.equal(checklistJson.safeParse(JSON.parse(r.stdout)).success, true);
});

test('answers + incident -> the exact postmortem', async () => {
  const r = await checklist('--answers', SMALL, '--postmortem', INCIDENT);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, expected('small-postmortem.md'));
});

test('a contract -> the exact checklist for its facts', async () => {
  const r = await checklist('--contract', 'content/contracts/imgcodec.yaml');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, expected('imgcodec.md'));
});

test('the CLI and the engine the wizard calls give the same bytes', async () => {
  const pb = repoPlaybook();
  const parsed = parseAnswersFile(readFileSync(join(ROOT, SMALL)), SMALL, pb.questionnaire);
  assert.ok(parsed.answers !== undefined);
  const inProcess = checklistMarkdown(checklistFromAnswers(pb, parsed.answers, { date: '2026-11-21', interlockVersion: version }));
  assert.equal((await checklist('--answers', SMALL)).stdout, inProcess);
  assert.equal((await checklist('--answers', '-')).stdout === '', true);
  assert.equal((await runMain(['checklist', '--date', '2026-11-21', '--answers', '-'], { input: readFileSync(join(ROOT, SMALL)) })).stdout, inProcess);
});

test('-o writes the file whole and leaves no temporary file; it refuses to overwrite an input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-checklist-'));
  try {
    const out = join(dir, 'checklist.md');
    const r = await checklist('--answers', SMALL, '-o', out);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), expected('small.md'));
    assert.deepEqual(readdirSync(dir), ['checklist.md']);
    const input = join(dir, 'answers.yaml');
    writeFileSync(input, readFileSync(join(ROOT, SMALL)));
    const clash = await checklist('--answers', input, '-o', input);
    assert.equal(clash.status, 2);
    assert.equal(clash.stderr, 'interlock checklist: -o would overwrite an input file (see interlock checklist --help)\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unusable answers: diagnostics with file:line:col and the source line, exit 2, nothing written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-checklist-'));
  try {
    const out = join(dir, 'checklist.md');
    const r = await runMain(['checklist', '--answers', '-', '-o', out], { input: 'interlock-answers: 1\nanswers:\n  handles: maybe\n  buffers: [none, rust-owned]\n' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, [
      '-:3:12: error answer-unknown-option: question "handles" has no option "maybe"',
      '    handles: maybe',
      '             ^',
      '  hint: options: yes, no',
      '-:4:12: error answer-exclusive-option: option "none" of question "buffers" cannot be combined with other options',
      '    buffers: [none, rust-owned]',
      '             ^',
      'interlock checklist: - is unusable; no checklist was written',
      '',
    ].join('\n'));
    assert.equal(existsSync(out), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unusable incident, contract or file; wrong command lines', async () => {
  const incident = await runMain(['checklist', '--answers', SMALL, '--postmortem', '-'], { input: 'incident: INC-1\ndate: 2026-11-20\ntitle: T\nfault-class: double-free\nsummary: S.\nprogress:\n  IL-HDL-01: done\n' });
  assert.equal(incident.status, 2);
  assert.equal(incident.stderr, [
    '-:7:3: error schema-bad-name: "IL-HDL-01" in progress is refused: a rule ID looks like IL-OWN-001',
    '    IL-HDL-01: done',
    '    ^',
    '  hint: names are checked against an allow-list and refused, never escaped',
    'interlock checklist: - is unusable; no checklist was written',
    '',
  ].join('\n'));
  const contract = await runMain(['checklist', '--contract', '-'], { input: 'interlock: 1\n' });
  assert.equal(contract.status, 2);
  assert.equal(contract.stderr, [
    '-:1:1: error schema-missing-field: the contract is missing the required field "functions"',
    '  interlock: 1',
    '  ^',
    '-:1:1: error schema-missing-field: the contract is missing the required field "library"',
    '  interlock: 1',
    '  ^',
    'interlock checklist: - is unusable; no checklist was written',
    '',
  ].join('\n'));
  const missing = await checklist('--answers', 'no/such/answers.yaml');
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'no/such/answers.yaml:1:1: error input-unreadable: cannot read the file: no such file\ninterlock checklist: no/such/answers.yaml is unusable; no checklist was written\n');
  const usage: Array<[string[], string]> = [
    [['checklist'], 'give exactly one of --answers and --contract'],
    [['checklist', '--answers', SMALL, '--contract', 'c.yaml'], 'give exactly one of --answers and --contract'],
    [['checklist', '--answers', SMALL, '--format', 'html'], '--format must be one of md, json'],
    [['checklist', '--answers', SMALL, '--date', '2026-02-30'], '--date 2026-02-30 is not a real calendar date'],
    [['checklist', '--answers', SMALL, 'extra.yaml'], 'unexpected argument "extra.yaml": name the input with --answers or --contract'],
    [['checklist', '--answers', '-', '--postmortem', '-'], 'standard input ("-") can be read only once'],
  ];
  for (const [args, message] of usage) {
    const r = await runMain(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr, `interlock checklist: ${message} (see interlock checklist --help)\n`);
  }
});
