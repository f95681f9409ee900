// The CLI as a team gets it: built, packed with `npm pack`, installed from the tarball into a project
// outside this repository, and run there with `npx interlock` on the system Node (20 on a fresh machine)
// and on the pinned Node 24. Outputs are compared with the pinned fixtures the source CLI is tested against.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packedCli } from '../../support/packed-cli.ts';
import { cases } from '../../unit/diff/support.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const scratch = mkdtempSync(join(tmpdir(), 'interlock-user-'));
const project = join(scratch, 'team-service');

/** Node binaries to run the package with: the one running this test and the first other one on PATH. */
function nodes(): string[] {
  const found = [process.execPath];
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '' || dir.includes('node_modules')) continue;
    try {
      accessSync(join(dir, 'node'), constants.X_OK);
    } catch {
      continue;
    }
    const path = join(dir, 'node');
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
    if (version !== process.version) found.push(path);
    break;
  }
  return found;
}

/** A PATH with no node_modules/.bin of this repository: the user's project knows nothing of it. */
function userPath(node: string): string {
  return [dirname(node), ...(process.env['PATH'] ?? '').split(delimiter).filter((d) => !d.includes('node_modules'))].join(delimiter);
}

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npx interlock ...` in the team's project, with `node` first on PATH. */
function npx(node: string, args: string[]): Ran {
  return user(node, 'npx', ['--no-install', 'interlock', ...args]);
}

/**
 * The command npx and npm scripts resolve `interlock` to, node_modules/.bin/interlock, run directly: the same
 * program without npx's half second of starting npm, which most of these runs would otherwise spend.
 */
function interlock(node: string, args: string[]): Ran {
  return user(node, join(project, 'node_modules', '.bin', 'interlock'), args);
}

function user(node: string, command: string, args: string[]): Ran {
  const r = spawnSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: userPath(node), HOME: scratch, LANG: 'C.UTF-8', npm_config_update_notifier: 'false', npm_config_cache: join(scratch, 'npm-cache') },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  const tarball = packedCli(scratch);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "team-service", "private": true }\n');
  execFileSync('npm', ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'ignore', env: { ...process.env, npm_config_cache: join(scratch, 'npm-cache') } });
  for (const path of ['content/contracts/imgcodec.yaml', 'test/fixtures/diff', 'test/fixtures/engine']) cpSync(join(REPO, path), join(project, path), { recursive: true });
  // A team's own code for the code reader: a header, the Rust crate and the Go package of one pattern.
  cpSync(join(REPO, 'playbooks/patterns/opaque-handle'), join(project, 'meter'), { recursive: true, filter: (src) => !src.includes('/target') });
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test('the tarball holds the bundle, the playbooks, the licences and nothing of the sources', () => {
  const installed = join(project, 'node_modules', 'interlock-cli');
  const top = readdirSync(installed).sort();
  assert.deepEqual(top, ['LICENSE', 'README.md', 'ci', 'dist', 'package.json', 'playbooks']);
  assert.ok(readdirSync(join(installed, 'playbooks', 'rules')).length >= 56);
  assert.match(readFileSync(join(installed, 'dist', 'THIRD_PARTY_LICENSES.txt'), 'utf8'), /^yaml@[\d.]+ \(ISC\)$/m);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string; dependencies?: object };
  assert.equal(manifest.version, VERSION, 'packages/cli/package.json carries the repository version');
  assert.equal(manifest.dependencies, undefined, 'everything it runs is bundled');
});

for (const node of nodes()) {
  const on = `Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`;

  test(`${on}: --version, --help and check, with nothing on stderr`, () => {
    assert.deepEqual(npx(node, ['--version']), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = interlock(node, ['--help']);
    const listed = [...help.stdout.split('\nOptions:')[0]!.matchAll(/^ {2}([a-z][a-z-]*) {2,}/gm)].map((m) => m[1]);
    const files = readdirSync(join(REPO, 'src', 'cli', 'commands')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(listed, files, 'every command file of the sources is a command of the package');
    assert.deepEqual(interlock(node, ['check', 'content/contracts/imgcodec.yaml']), { status: 0, stdout: '1 contract checked: no problems\n', stderr: '' });
  });

  test(`${on}: checklist prints the pinned Markdown`, () => {
    const r = interlock(node, ['checklist', '--date', '2026-11-21', '--contract', 'content/contracts/imgcodec.yaml']);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.replace(/\| Interlock \| [0-9.]+ \|/, '| Interlock | @VERSION@ |'), readFileSync(join(REPO, 'test/fixtures/engine/expected/imgcodec.md'), 'utf8'));
  });

  test(`${on}: diff prints the pinned report and exit code`, () => {
    for (const c of cases().filter((k) => k.name === 'ownership' || k.name === 'docs-only')) {
      const r = interlock(node, ['diff', '--rules', c.rules, c.base, c.head]);
      assert.deepEqual(r, { status: (JSON.parse(c.expected.json) as { exitCode: number }).exitCode, stdout: c.expected.text, stderr: '' }, c.name);
    }
  });

  test(`${on}: init drafts the contract with its CI from the team's code, and drift finds it in step`, () => {
    const dir = `contracts-${on.replace(/\W/g, '')}`;
    const init = interlock(node, ['init', '--header', 'meter/go/meter.h', '--rust', 'meter/rust', '--go', 'meter/go', '--out', `${dir}/meter.yaml`, '--ci', 'github']);
    assert.deepEqual(init, { status: 0, stdout: `wrote ${dir}/meter.yaml\nwrote .github/workflows/boundary-contract.yml\nwrote ${dir}/README.md\n`, stderr: '' });
    rmSync(join(project, '.github'), { recursive: true });
    assert.deepEqual(interlock(node, ['drift', '--header', 'meter/go/meter.h', '--rust', 'meter/rust', '--go', 'meter/go']), { status: 0, stdout: 'drift: no differences\n', stderr: '' });
  });

  test(`${on}: evidence run records the verify commands in the team's project, and verify catches an edited output`, () => {
    const name = `evidence-${on.replace(/\W/g, '')}`;
    // Through npx, which puts node_modules/.bin on PATH: the recorded step runs `interlock check`.
    const run = npx(node, ['evidence', 'run', '--contract', 'content/contracts/imgcodec.yaml', '--repo', '.', '--go', '.', '--rust', '.', '--rule', 'IL-GOV-001', '-o', `${name}.json`]);
    // The project has no CODEOWNERS, so the first step fails (grep exits 2); the second runs the installed interlock.
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, `wrote ${name}.json: 2 steps, 1 failed; outputs in ${name}-logs/\n`);
    const doc = JSON.parse(readFileSync(join(project, `${name}.json`), 'utf8')) as { steps: Array<{ command: string; exitCode: number; output: { file: string } }> };
    assert.deepEqual(doc.steps.map((st) => [st.command.split('\n')[0], st.exitCode]), [
      ["grep -n -E 'contract|\\.h|ffi|cgo' .github/CODEOWNERS", 2],
      ['interlock check content/contracts/imgcodec.yaml', 0],
    ]);
    assert.deepEqual(interlock(node, ['evidence', 'verify', `${name}.json`]), { status: 0, stdout: 'evidence intact: 2 kept outputs match their SHA-256\n', stderr: '' });
    writeFileSync(join(project, doc.steps[1]!.output.file), '1 contract checked: no problems (edited)\n');
    const tampered = interlock(node, ['evidence', 'verify', `${name}.json`]);
    assert.equal(tampered.status, 1);
    assert.match(tampered.stderr, new RegExp(`^${name}\\.json: ${name}-logs/IL-GOV-001-3\\.log differs from what was recorded`));
  });

  test(`${on}: bundle writes a zip with the checklist and the pattern projects`, () => {
    const out = join(scratch, `bundle-${process.pid}-${on.replace(/\W/g, '')}.zip`);
    const r = interlock(node, ['bundle', '--date', '2026-11-21', '--answers', 'test/fixtures/engine/answers-small.yaml', '-o', out]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    const names = execFileSync('unzip', ['-Z1', out], { encoding: 'utf8' }).split('\n');
    assert.ok(names.some((n) => n.endsWith('CHECKLIST.md')), names.join(', '));
    assert.ok(names.some((n) => /\/rust\/src\/lib\.rs$/.test(n)), 'pattern projects come from the packaged playbooks');
  });
}

// Last, since it edits the installed package: a damaged install names the broken file, line and column.
test('a damaged install: a rule file edited in node_modules is reported at its line and column, exit 2, no stack trace', () => {
  const rule = join(project, 'node_modules', 'interlock-cli', 'playbooks', 'rules', 'IL-ABI-001.yaml');
  const original = readFileSync(rule, 'utf8');
  writeFileSync(rule, original.replace(/^severity: \w+$/m, 'severity: urgent'));
  try {
    const r = interlock(process.execPath, ['checklist', '--answers', 'test/fixtures/engine/answers-small.yaml']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      [
        'interlock: the playbooks are invalid:',
        'playbooks/fault-classes.yaml:93:13: error fault-class-unknown-rule: unknown rule "IL-ABI-001" (no playbooks/rules/IL-ABI-001.yaml)',
        'playbooks/rules/IL-ABI-001.yaml:3:11: error schema-bad-value: severity must be one of critical, high, medium, low (got "urgent")',
        '',
      ].join('\n'),
    );
  } finally {
    writeFileSync(rule, original);
  }
});
