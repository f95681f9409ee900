// `interlock diff` end to end through main(), the seam bin/interlock.js goes through: pinned reports, exit
// codes, atomic -o, unusable input on either side, and --git against a repository made in the test. Standard
// input read by a real process is the one thing left to the executable (the last test).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffContracts } from '../../../src/lib/diff/diff.ts';
import { formatText } from '../../../src/lib/diff/format-text.ts';
import { runBin } from '../cli/run-bin.ts';
import { runMain, type MainOptions, type MainResult } from '../cli/run-main.ts';
import { BASE, cases, checklistSource, read, REPO, RULES_DIR, side, TEST_VERSION } from './support.ts';

const VERSION = (JSON.parse(read('package.json')) as { version: string }).version;
const scratch = mkdtempSync(join(tmpdir(), 'interlock-diff-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[], options: MainOptions = {}): Promise<MainResult> {
  return runMain(['diff', ...args], options);
}

function pinnedVersion(json: string): string {
  return json.replace(`"version": "${VERSION}"`, `"version": "${TEST_VERSION}"`);
}

for (const c of cases()) {
  test(`case ${c.name}: the pinned text report and its exit code`, async () => {
    const r = await run(['--rules', c.rules, c.base, c.head]);
    assert.equal(r.stdout, c.expected.text);
    assert.equal(r.stderr, '');
    assert.equal(r.status, (JSON.parse(c.expected.json) as { exitCode: number }).exitCode);
  });
}

test('--format md and --format json print the pinned reports', async () => {
  for (const c of cases().filter((k) => k.name === 'ownership' || k.name === 'docs-only')) {
    assert.equal((await run(['--rules', c.rules, '--format', 'md', c.base, c.head])).stdout, c.expected.md);
    assert.equal(pinnedVersion((await run(['--rules', c.rules, '--format', 'json', c.base, c.head])).stdout), c.expected.json);
  }
});

test('without --rules the shipped catalogue drives the checklist', async () => {
  const r = await run(['--format', 'json', BASE, 'test/fixtures/diff/cases/callbacks/head.yaml']);
  const report = JSON.parse(r.stdout) as { checklist: { source: string; items: Array<{ id: string; facts: string[] }> } };
  assert.equal(r.status, 1);
  assert.equal(report.checklist.source, 'rules');
  assert.ok(report.checklist.items.length > 0);
  for (const item of report.checklist.items) assert.match(item.id, /^IL-[A-Z]+-\d{3}$/);
});

test('the executable: its standard input can stand for one side', () => {
  const c = cases().find((k) => k.name === 'threading');
  assert.ok(c !== undefined);
  const r = runBin(['diff', '--rules', c.rules, c.base, '-'], { input: read(c.head) });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, c.expected.text.replaceAll(c.head, '-'));
  assert.equal(r.status, 1);
});

test('-o writes the report atomically: the file holds it whole, stdout is empty, no temporary file is left', async () => {
  const dir = join(scratch, 'out');
  mkdirSync(dir);
  const c = cases().find((k) => k.name === 'errors');
  assert.ok(c !== undefined);
  const r = await run(['--rules', c.rules, '--format', 'md', '-o', join(dir, 'comment.md'), c.base, c.head]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '');
  assert.equal(readFileSync(join(dir, 'comment.md'), 'utf8'), c.expected.md);
  assert.deepEqual(readdirSync(dir), ['comment.md']);
});

test('unusable input on either side: diagnostics with file:line:col on stderr, exit 2, -o left untouched', async () => {
  const dir = join(scratch, 'kept');
  mkdirSync(dir);
  const out = join(dir, 'report.json');
  writeFileSync(out, 'the previous report\n');
  const base = await run(['-o', out, 'test/fixtures/diff/invalid/not-yaml.yaml', BASE]);
  assert.equal(base.stderr, [
    'test/fixtures/diff/invalid/not-yaml.yaml:3:1: error yaml-syntax: flow map in block collection must be sufficiently indented and end with a }',
    '  functions:',
    '  ^',
    'interlock diff: the base contract is unusable (1 error); nothing was compared',
    '',
  ].join('\n'));
  assert.equal(base.status, 2);
  const head = await run(['-o', out, '--format', 'json', BASE, 'test/fixtures/diff/invalid/bad-value.yaml']);
  assert.equal(head.stderr, [
    'test/fixtures/diff/invalid/bad-value.yaml:4:21: error schema-bad-value: functions.demo_f.errors must be one of out-param, return-code, last-error, object, none (got "sometimes")',
    '    demo_f: { errors: sometimes }',
    '                      ^',
    'interlock diff: the head contract is unusable (1 error); nothing was compared',
    '',
  ].join('\n'));
  assert.equal(head.status, 2);
  assert.equal(head.stdout, '');
  assert.equal(readFileSync(out, 'utf8'), 'the previous report\n');
  assert.deepEqual(readdirSync(dir), ['report.json']);
});

test('hostile input: aliases, binary bytes, an oversized file and a missing file are refused with exit 2', async () => {
  const alias = await run(['test/fixtures/diff/invalid/alias.yaml', BASE]);
  assert.match(alias.stderr, /^test\/fixtures\/diff\/invalid\/alias\.yaml:3:7: error yaml-alias: the alias \*lib is refused/);
  assert.equal(alias.status, 2);
  const binary = join(scratch, 'binary.yaml');
  writeFileSync(binary, Buffer.from([0x69, 0x6e, 0x74, 0xff, 0xfe, 0x00, 0x1b]));
  const bin = await run([BASE, binary]);
  assert.equal(bin.stderr.split('\n')[0], `${binary}:1:4: error input-not-utf8: invalid UTF-8 at byte 3`);
  assert.equal(bin.status, 2);
  const huge = join(scratch, 'huge.yaml');
  writeFileSync(huge, `# ${'x'.repeat(1024 * 1024)}\n`);
  const big = await run([huge, BASE]);
  assert.ok(big.stderr.startsWith(`${huge}:1:1: error input-too-large: `), big.stderr);
  assert.equal(big.status, 2);
  const missing = await run([BASE, 'test/fixtures/diff/no-such.yaml']);
  assert.equal(missing.stderr, 'test/fixtures/diff/no-such.yaml:1:1: error input-unreadable: cannot read the file: no such file\ninterlock diff: the head contract is unusable (1 error); nothing was compared\n');
  assert.equal(missing.status, 2);
});

test('usage errors: exit 2 with one line that names the fix', async () => {
  const cases: Array<[string[], string]> = [
    [[BASE], 'interlock diff: name two contract files: the base and the head (see interlock diff --help)\n'],
    [['--git', 'HEAD', BASE, BASE], 'interlock diff: with --git, name exactly one contract file (see interlock diff --help)\n'],
    [['--format', 'html', BASE, BASE], 'interlock diff: --format must be one of text, md, json (see interlock diff --help)\n'],
    [['-', '-'], 'interlock diff: standard input ("-") can be read only once (see interlock diff --help)\n'],
    [['-o', BASE, BASE, 'test/fixtures/diff/cases/additions/head.yaml'], 'interlock diff: -o would overwrite an input contract (see interlock diff --help)\n'],
    [['--git=--upload-pack=x', BASE], 'interlock diff: --git needs a revision such as main, origin/main, HEAD~1 or a commit hash (see interlock diff --help)\n'],
    [['--rules', 'test/fixtures/diff/nowhere', BASE, BASE], 'interlock diff: --rules test/fixtures/diff/nowhere: no such directory (see interlock diff --help)\n'],
  ];
  for (const [args, stderr] of cases) {
    const r = await run(args);
    assert.equal(r.stderr, stderr, args.join(' '));
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
  }
});

test('-o into a folder that does not exist: exit 2, nothing created', async () => {
  const r = await run(['-o', join(scratch, 'absent', 'x.md'), BASE, BASE]);
  assert.equal(r.stderr, `interlock diff: cannot write ${join(scratch, 'absent', 'x.md')}: the folder does not exist\n`);
  assert.equal(r.status, 2);
  assert.equal(existsSync(join(scratch, 'absent')), false);
});

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=Interlock Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

test('--git <rev>: the base comes from git show <rev>:<path>, from the top or a subfolder', async () => {
  const repo = join(scratch, 'repo');
  mkdirSync(join(repo, 'contracts'), { recursive: true });
  git(repo, 'init', '-q');
  copyFileSync(join(REPO, BASE), join(repo, 'contracts', 'tilestore.yaml'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  const c = cases().find((k) => k.name === 'missing-major-bump');
  assert.ok(c !== undefined);
  const headText = read(c.head);
  writeFileSync(join(repo, 'contracts', 'tilestore.yaml'), headText);

  const expected = formatText(
    diffContracts(side('HEAD:contracts/tilestore.yaml', read(BASE)), side('contracts/tilestore.yaml', headText), checklistSource(RULES_DIR)),
    { base: read(BASE), head: headText },
  );
  const top = await run(['--rules', join(REPO, RULES_DIR), '--git', 'HEAD', 'contracts/tilestore.yaml'], { cwd: repo });
  assert.equal(top.stdout, expected);
  assert.equal(top.status, 1);
  assert.match(top.stdout, /^ {2}HEAD:contracts\/tilestore\.yaml:81:3: function-removed functions\.tile_put$/m);
  assert.match(top.stdout, /^contracts\/tilestore\.yaml:5:8: error abi-major-bump-missing: /m);

  const sub = await run(['--rules', join(REPO, RULES_DIR), '--git', 'main', 'tilestore.yaml'], { cwd: join(repo, 'contracts') });
  assert.match(sub.stdout, /^ {2}base main:contracts\/tilestore\.yaml$/m);
  assert.equal(sub.status, 1);
});

test('--git: an unknown revision, a path the revision lacks, and a folder outside git are clear errors (exit 2)', async () => {
  const repo = join(scratch, 'repo2');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'old.yaml'), read(BASE));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'one');
  writeFileSync(join(repo, 'new.yaml'), read(BASE));

  const unknown = await run(['--git', 'nope', 'old.yaml'], { cwd: repo });
  assert.equal(unknown.stderr, 'interlock diff: unknown git revision "nope" (fetch it first: shallow CI clones often lack the base branch)\n');
  assert.equal(unknown.status, 2);
  const fresh = await run(['--git', 'HEAD', 'new.yaml'], { cwd: repo });
  assert.equal(fresh.stderr, 'interlock diff: new.yaml does not exist in HEAD (a new contract has no base: run interlock check on it instead)\n');
  assert.equal(fresh.status, 2);
  const outside = mkdtempSync(join(scratch, 'plain-'));
  writeFileSync(join(outside, 'c.yaml'), read(BASE));
  const plain = await run(['--git', 'HEAD', 'c.yaml'], { cwd: outside });
  assert.equal(plain.stderr, `interlock diff: ${outside} is not inside a git repository (run interlock diff --git from the repository that holds the contract)\n`);
  assert.equal(plain.status, 2);
});

test('--git: a contract that was invalid at the revision is reported under <rev>:<path>', async () => {
  const repo = join(scratch, 'repo3');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  copyFileSync(join(REPO, 'test/fixtures/diff/invalid/bad-value.yaml'), join(repo, 'c.yaml'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'broken');
  writeFileSync(join(repo, 'c.yaml'), read(BASE));
  const r = await run(['--git', 'HEAD', 'c.yaml'], { cwd: repo });
  assert.equal(r.stderr.split('\n')[0], 'HEAD:c.yaml:4:21: error schema-bad-value: functions.demo_f.errors must be one of out-param, return-code, last-error, object, none (got "sometimes")');
  assert.equal(r.status, 2);
});
