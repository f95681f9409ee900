// interlock bundle: exact entries, the same checklist bytes as interlock checklist, verbatim pattern files,
// deterministic output, refusals with exit 2, and nothing half-written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContract } from '../../../src/lib/contract/check.ts';
import { buildBundle, BUNDLE_ROOT } from '../../../src/lib/export/bundle.ts';
import { loadRepository } from '../../../src/node/repository.ts';
import { REPO } from '../cli/run-bin.ts';
import { runMain } from '../cli/run-main.ts';
import { readZip, type ReadEntry } from './zip-reader.ts';

const FIXTURES = join(REPO, 'test/fixtures/wizard');
const DATE = '2026-03-03';
const text = (e: ReadEntry | undefined): string => new TextDecoder().decode(e?.data);

async function withTemp(use: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-bundle-'));
  try {
    await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bundle(dir: string, args: string[]): Promise<{ entries: ReadEntry[]; bytes: Uint8Array; stdout: string }> {
  const out = join(dir, 'b.zip');
  const r = await runMain(['bundle', ...args, '--date', DATE, '-o', out]);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const bytes = new Uint8Array(readFileSync(out));
  return { entries: readZip(bytes), bytes, stdout: r.stdout };
}

async function checklist(args: string[]): Promise<string> {
  const r = await runMain(['checklist', ...args, '--date', DATE]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('an answers bundle: fixed layout, the checklist exactly as interlock checklist prints it, a valid contract', async () => {
  await withTemp(async (dir) => {
    const answers = join(FIXTURES, 'answers-handles.yaml');
    const { entries, stdout } = await bundle(dir, ['--answers', answers]);
    const paths = entries.map((e) => e.path);
    assert.deepEqual(paths.slice(0, 7), [
      `${BUNDLE_ROOT}/README.md`,
      `${BUNDLE_ROOT}/CHECKLIST.md`,
      `${BUNDLE_ROOT}/checklist.json`,
      `${BUNDLE_ROOT}/contract.yaml`,
      `${BUNDLE_ROOT}/audit.sh`,
      `${BUNDLE_ROOT}/lab/lab.sh`,
      `${BUNDLE_ROOT}/lab/patterns/_shared/rust/busy.rs`,
    ]);
    const get = (p: string): ReadEntry | undefined => entries.find((e) => e.path === `${BUNDLE_ROOT}/${p}`);
    assert.equal(text(get('CHECKLIST.md')), await checklist(['--answers', answers]));
    assert.equal(text(get('checklist.json')), await checklist(['--answers', answers, '--format', 'json']));
    assert.equal(get('audit.sh')?.mode.toString(8), '100755');
    assert.equal(get('lab/lab.sh')?.mode.toString(8), '100755');
    // audit.sh is about the team's code; the examples are the lab, and each script says which it is.
    assert.match(text(get('audit.sh')), /^# audit\.sh: runs Interlock's detectors on YOUR Go module and Rust crate/m);
    assert.doesNotMatch(text(get('audit.sh')), /patterns\//);
    assert.match(text(get('lab/lab.sh')), /NOT your code/);
    assert.equal(get('README.md')?.mode.toString(8), '100644');

    const contract = checkContract(text(get('contract.yaml')), 'contract.yaml');
    assert.deepEqual(contract.parseDiagnostics, []);
    assert.deepEqual(contract.findings, []);
    assert.equal(contract.model?.library.name, 'imgcodec');
    assert.equal(contract.model?.library.goPackage, 'example.com/imgcodec');
    assert.equal(contract.model?.library.abi.text, '3.1');

    // Every pattern directory in the zip is one the summary names, and its files are the library's, byte for byte.
    const patternIds = [...new Set(paths.filter((p) => p.startsWith(`${BUNDLE_ROOT}/lab/patterns/`) && !p.includes('/_shared/')).map((p) => p.split('/')[3]))];
    assert.match(stdout, new RegExp(`^wrote .*b\\.zip \\(${entries.length} files, \\d+ checks, patterns: ${patternIds.join(', ')}\\)\\n$`));
    assert.ok(patternIds.includes('opaque-handle') && patternIds.includes('shared-handle'), patternIds.join(' '));
    const library = loadRepository(REPO).patterns;
    for (const e of entries) {
      const [, , , id, ...rest] = e.path.split('/');
      if (e.path.split('/')[2] !== 'patterns' || id === undefined) continue;
      const dir = id === '_shared' ? join(REPO, 'playbooks', 'patterns', '_shared') : library.get(id)?.dir;
      assert.ok(dir !== undefined, e.path);
      assert.deepEqual(e.data, new Uint8Array(readFileSync(join(dir, ...rest))), e.path);
    }
    // Nothing from build output, and every Rust crate is there whole.
    assert.ok(!paths.some((p) => p.includes('/target/')));
    for (const id of patternIds) {
      for (const f of ['pattern.yaml', 'rust/Cargo.toml', 'rust/src/lib.rs', 'go/go.mod']) assert.ok(paths.includes(`${BUNDLE_ROOT}/lab/patterns/${id}/${f}`), `${id}/${f}`);
    }
    const readme = text(get('README.md'));
    assert.match(readme, /^# Interlock audit bundle for imgcodec\n/);
    for (const id of patternIds) assert.match(readme, new RegExp(`^- \`lab/patterns/${id}/\`: `, 'm'));
  });
});

test('the same answers and date give byte-identical bundles', async () => {
  await withTemp(async (dir) => {
    const args = ['--answers', join(FIXTURES, 'answers-buffers.yaml')];
    const a = (await bundle(dir, args)).bytes;
    const b = (await bundle(dir, args)).bytes;
    assert.deepEqual(a, b);
  });
});

test('a contract bundle carries the contract verbatim and the checklist interlock checklist --contract prints', async () => {
  await withTemp(async (dir) => {
    const contract = join(REPO, 'content', 'contracts', 'imgcodec.yaml');
    const { entries } = await bundle(dir, ['--contract', contract]);
    const get = (p: string): ReadEntry | undefined => entries.find((e) => e.path === `${BUNDLE_ROOT}/${p}`);
    assert.deepEqual(get('contract.yaml')?.data, new Uint8Array(readFileSync(contract)));
    assert.equal(text(get('CHECKLIST.md')), await checklist(['--contract', contract]));
    assert.match(text(get('audit.sh')), /^# Written by interlock \S+ for imgcodec from fixed templates/m);
    // The contract's sources: become audit.sh's defaults.
    assert.match(text(get('audit.sh')), /^GO_DIR='go\/imgcodec'\nRUST_DIR='crates\/imgcodec-ffi'$/m);
  });
});

test('postmortem mode adds POSTMORTEM.md, byte-identical to interlock checklist --postmortem', async () => {
  await withTemp(async (dir) => {
    const args = ['--answers', join(FIXTURES, 'answers-incident.yaml'), '--postmortem', join(FIXTURES, 'incident.yaml')];
    const { entries } = await bundle(dir, args);
    const get = (p: string): ReadEntry | undefined => entries.find((e) => e.path === `${BUNDLE_ROOT}/${p}`);
    assert.equal(entries[1]?.path, `${BUNDLE_ROOT}/POSTMORTEM.md`);
    assert.equal(text(get('POSTMORTEM.md')), await checklist(args));
    assert.equal(text(get('checklist.json')), await checklist([...args, '--format', 'json']));
    assert.match(text(get('POSTMORTEM.md')), /^# Postmortem INC-2026-014: Double free in key rotation under load\n/);
    // The fault class (double-free) brings its patterns even where no fact of the answers names them.
    assert.ok(entries.some((e) => e.path === `${BUNDLE_ROOT}/lab/patterns/opaque-handle/pattern.yaml`));
  });
});

test('refusals exit 2 with one clear line and leave no file behind', async () => {
  await withTemp(async (dir) => {
    const out = join(dir, 'b.zip');
    const noProject = join(dir, 'answers.yaml');
    writeFileSync(noProject, 'interlock-answers: 1\nanswers:\n  handles: "yes"\n');
    const cases: Array<[string[], RegExp]> = [
      [['bundle', '--answers', noProject, '-o', out], /\ninterlock bundle: the bundle needs a project name: give one in the wizard, the answers file \(project:\) or the contract; no bundle was written\n$/],
      [['bundle', '--answers', noProject], /^interlock bundle: -o <file\.zip> is required: a zip is not written to the terminal \(see interlock bundle --help\)\n$/],
      [['bundle', '--answers', noProject, '--contract', noProject, '-o', out], /^interlock bundle: give exactly one of --answers and --contract/],
      [['bundle', '--answers', noProject, '-o', noProject], /^interlock bundle: -o would overwrite an input file/],
      [['bundle', '--answers', join(dir, 'missing.yaml'), '-o', out], /missing\.yaml:1:1: error input-unreadable: cannot read the file: no such file\n.*no bundle was written\n$/s],
      [['bundle', '--answers', noProject, '--date', '2026-02-30', '-o', out], /^interlock bundle: --date 2026-02-30 is not a real calendar date/],
      [['bundle', '--answers', join(FIXTURES, 'answers-handles.yaml'), '-o', join(dir, 'no', 'such', 'dir', 'b.zip')], /^interlock bundle: cannot write .*: the folder does not exist; no bundle was written\n$/],
    ];
    for (const [args, message] of cases) {
      const r = await runMain(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '');
    }
    assert.deepEqual(readdirSync(dir), ['answers.yaml'], 'no zip and no temporary file');
    assert.ok(!existsSync(out));

    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'interlock-answers: 1\nproject: x\nanswers:\n  handles: maybe\n');
    const r = await runMain(['bundle', '--answers', bad, '-o', out]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad\.yaml:4:12: error answer-unknown-option: question "handles" has no option "maybe"/);
    assert.ok(!existsSync(out));
  });
});

test('the pure bundle refuses unknown patterns and paths outside the allow-list', () => {
  const base = { project: 'x', toolVersion: '0.1.0', markdown: '', json: '', contract: '', shared: [], knownPatterns: new Set(['ok']) };
  const file = { path: 'go/go.mod', data: new Uint8Array() };
  assert.deepEqual(buildBundle({ ...base, patterns: [{ id: '../etc', title: 't', detectors: ['go-test'], files: [file] }] }), {
    ok: false,
    problems: ['pattern "../etc" is not in the pattern library'],
  });
  assert.deepEqual(buildBundle({ ...base, patterns: [{ id: 'ok', title: 't', detectors: ['go-test'], files: [{ path: '../../x', data: new Uint8Array() }] }] }), {
    ok: false,
    problems: ['patterns/ok: file path has a . or .. segment'],
  });
  assert.deepEqual(buildBundle({ ...base, project: 'Bad Name', patterns: [] }), { ok: false, problems: ['project name "Bad Name" is not a validated name'] });
});

test('bundle --help is pinned', async () => {
  const r = await runMain(['bundle', '--help']);
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout,
    `Usage: interlock bundle (--answers <answers.yaml> | --contract <contract.yaml> [--scan]) [--postmortem <incident.yaml>] [--date YYYY-MM-DD] -o <file.zip>

Write a zip with the checklist, a contract, the pattern projects that apply and an audit script

Options:
  --answers <file>     wizard answers (interlock-answers: 1); must name the project; "-" reads standard input
  --contract <file>    a boundary contract; it is copied into the bundle as contract.yaml
  --scan               with --contract: run the static probes over the code its sources: block names; the
                       checklist in the zip marks each item a probe answers with its file:line evidence
  --postmortem <file>  an incident file: adds POSTMORTEM.md and the postmortem to checklist.json
  --date <YYYY-MM-DD>  the date printed in the checklist header (default: today, UTC), for reproducible output
  -o, --output <file>  the zip to write (required); a file is written to a temporary file, then renamed; a
                       FIFO or device is written into; a symbolic link is followed
  -h, --help           show this help

The zip unpacks into interlock-audit/: README.md, CHECKLIST.md, checklist.json, contract.yaml (yours, or a
skeleton written from the answers), audit.sh, which runs the detectors on YOUR code (sh audit.sh --go <module>
--rust <crate>; defaults from the contract's sources:), and lab/ with lab.sh and Interlock's example projects
for the patterns that apply (lab/patterns/<id>/): sh lab/lab.sh

Exit codes:
  0  the bundle was written
  2  an input is unusable (unreadable, not YAML, invalid answers, no project name) or the command line is wrong
`,
  );
});
