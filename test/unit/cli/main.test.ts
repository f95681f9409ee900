// The command table: help for every command, version, usage errors, and no stack trace ever. In-process
// through main() (run-main.ts); the real executable answers --version once, as a smoke test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.ts';
import { siteUrlFrom } from '../../../src/cli/site-url.ts';
import type { CliIo } from '../../../src/cli/io.ts';
import { BIN, runBin } from './run-bin.ts';
import { runMain } from './run-main.ts';

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
// The oracle for "every command" is the folder, not the registry that main() prints from.
const commandFiles = readdirSync(fileURLToPath(new URL('../../../src/cli/commands/', import.meta.url)))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

const TOP_HELP = `interlock: boundary contracts and audits for Go <-> Rust through cgo and a C ABI

Usage: interlock <command> [options]

Commands:
  bundle     Write a zip with the checklist, a contract, the pattern projects that apply and an audit script
  check      Validate boundary contracts and run the lint rules
  checklist  Build the audit checklist for a boundary from wizard answers or a contract
  diagram    Draw a contract as an ownership map or a handle lifecycle (Mermaid or SVG)
  diff       Classify the changes between two versions of a boundary contract and check the ABI version bump
  drift      Compare a contract with the C header, the Rust exports and the Go call sites
  evidence   Run a checklist's verify commands in your repository and record the results, or check a record
  init       Draft a contract from a C header (and the Rust crate), with todo where the code is silent

Options:
  --help      show help (also: interlock <command> --help)
  --version   print the version

Exit codes: 0 clean, 1 findings, 2 unusable input or usage error.
`;

test('the real executable prints the package version (smoke test of bin/interlock.js)', () => {
  const r = runBin(['--version']);
  assert.equal(r.stdout, `${version}\n`);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('interlock --help is pinned and lists every command file in src/cli/commands/', async () => {
  const r = await runMain(['--help']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, TOP_HELP);
  const listed = [...TOP_HELP.matchAll(/^ {2}([a-z]+) {2,}\S/gm)].map((m) => m[1]);
  assert.deepEqual(listed, commandFiles);
  assert.equal((await runMain(['-h'])).stdout, TOP_HELP);
  assert.deepEqual(await runMain(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
});

test('every command answers --help, -h and `interlock help <command>` with its usage and the summary --help lists', async () => {
  for (const name of commandFiles) {
    const summary = new RegExp(`^  ${name} +(.+)$`, 'm').exec(TOP_HELP)?.[1];
    const r = await runMain([name, '--help']);
    assert.equal(r.status, 0, name);
    assert.equal(r.stderr, '', name);
    // A usage paragraph (one line per form), a blank line, then the summary.
    const [usage = '', second = ''] = r.stdout.split('\n\n');
    assert.match(usage, new RegExp(`^Usage: interlock ${name}( .*)?$`, 'm'), name);
    assert.equal(second, summary, name);
    assert.equal((await runMain([name, '-h'])).stdout, r.stdout, name);
    assert.equal((await runMain(['help', name])).stdout, r.stdout, name);
  }
});

test('check --help is pinned', async () => {
  assert.equal(
    (await runMain(['check', '--help'])).stdout,
    `Usage: interlock check [--format text|json|sarif] <contract.yaml>...

Validate boundary contracts and run the lint rules

Arguments:
  <contract.yaml>...     contract files to check; "-" reads standard input

Options:
  -f, --format <format>  text (default), json, or sarif (SARIF 2.1.0 for GitHub code scanning)
  -h, --help             show this help

Exit codes:
  0  every contract is valid and lint-clean
  1  lint findings (errors or warnings)
  2  a contract is unusable (unreadable, not YAML, breaks the schema) or the command line is wrong

Rules: /lint/ in the Interlock handbook (set INTERLOCK_SITE_URL to link your team's copy)
`,
  );
});

test('usage errors: one line on stderr, exit 2', async () => {
  const cases: Array<[string[], string]> = [
    [[], ''],
    [['frob'], 'interlock: unknown command "frob" (see interlock --help)\n'],
    [['--frob'], 'interlock: unknown command "--frob" (see interlock --help)\n'],
    [['check'], 'interlock check: name at least one contract file (see interlock check --help)\n'],
    [['check', '--format', 'xml', 'a.yaml'], 'interlock check: --format must be one of text, json, sarif (see interlock check --help)\n'],
    [['check', '--frob', 'a.yaml'], 'interlock check: unknown option "--frob" (see interlock check --help)\n'],
    [['check', 'a.yaml', '--format'], 'interlock check: option --format needs a value (see interlock check --help)\n'],
    [['check', '-', '-'], 'interlock check: standard input ("-") can be read only once (see interlock check --help)\n'],
    [['help', 'frob'], 'interlock: unknown command "frob" (see interlock --help)\n'],
  ];
  for (const [args, stderr] of cases) {
    const r = await runMain(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    if (args.length === 0) assert.match(r.stderr, /^interlock: boundary contracts/);
    else assert.equal(r.stderr, stderr, args.join(' '));
  }
});

test('an unexpected failure inside a command is one line and exit 2, never a stack trace', async () => {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    cwd: '/',
    readBounded: () => { throw new TypeError('disk on fire\n    at somewhere (file.ts:1:1)'); },
  };
  assert.equal(await main(['check', 'a.yaml'], io), 2);
  assert.equal(out, '');
  assert.equal(err, 'interlock: internal error: disk on fire\n');
});

test('a Node.js older than 22.12 gets one sentence and exit 2', (t) => {
  const old = ['/usr/bin/node', '/usr/local/bin/node', '/bin/node'].find((p) => {
    if (!existsSync(p)) return false;
    const v = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const [major = 0, minor = 0] = v.replace(/^v/, '').split('.').map(Number);
    return major < 22 || (major === 22 && minor < 12);
  });
  if (old === undefined) {
    t.skip('no Node.js older than 22.12 on this machine');
    return;
  }
  const r = spawnSync(old, [BIN, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^interlock: Node\.js \d+\.\d+\.\d+ is too old to run the sources; install Node\.js 22\.18 or later \(24 recommended\), or install the interlock-cli package\.\n$/);
});

test('help links into the handbook where INTERLOCK_SITE_URL says it is hosted, and names the page otherwise', async () => {
  const help = async (siteUrl?: string): Promise<string> => {
    let out = '';
    await main(['check', '--help'], { stdout: (t) => (out += t), stderr: () => undefined, cwd: process.cwd(), readBounded: () => ({ ok: false, reason: 'unused' }), ...(siteUrl === undefined ? {} : { siteUrl }) });
    return out.trimEnd().split('\n').at(-1)!;
  };
  assert.equal(await help('https://handbook.corp.test'), 'Rules: https://handbook.corp.test/lint/');
  assert.equal(await help(), "Rules: /lint/ in the Interlock handbook (set INTERLOCK_SITE_URL to link your team's copy)");
  assert.equal(siteUrlFrom('https://handbook.corp.test/'), 'https://handbook.corp.test');
  assert.equal(siteUrlFrom('javascript:alert(1)'), undefined);
  assert.equal(siteUrlFrom(''), undefined);
});
