// lab.sh (the pattern lab): fixed templates that mirror the pattern harness's detectors, refused inputs, and loud failures before any build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labScript, DETECTOR_COMMANDS } from '../../../src/lib/export/lab-script.ts';
import { DETECTOR_IDS, type DetectorId } from '../../../src/lib/patterns/schema.ts';
import { detectorSteps, type Step } from '../../../scripts/patterns/detectors.ts';

const input = {
  project: 'imgcodec',
  toolVersion: '0.1.0',
  patterns: [
    { id: 'opaque-handle', detectors: ['cargo-test', 'go-vet', 'race'] as DetectorId[] },
    { id: 'abi-handshake', detectors: ['go-test'] as DetectorId[] },
  ],
};

function shellWord(a: string): string {
  if (/^[\w@%+=:,./-]+$/.test(a)) return a;
  return a.includes('$') && !/\s/.test(a) ? `"${a}"` : `'${a}'`;
}

function render(s: Step): string {
  return ['env', ...Object.entries(s.env).map(([k, v]) => `${k}=${v}`), s.cmd, ...s.args].map(shellWord).join(' ');
}

test('every detector runs exactly what scripts/patterns/detectors.ts runs for the correct variant', () => {
  for (const id of DETECTOR_IDS) {
    const steps = detectorSteps(id, {
      goDir: '$dir/go',
      manifest: '$dir/rust/Cargo.toml',
      targetDir: '$target',
      libDir: '$lib',
      goTags: undefined,
      rustFeature: undefined,
    });
    assert.equal(DETECTOR_COMMANDS[id], steps.map(render).join(' && '), id);
    for (const s of steps) assert.equal(s.cwd, '$dir/go', `${id} runs in the pattern's go/ folder`);
  }
});

test('each pattern becomes one function built only from its id and detector templates', () => {
  const script = labScript(input);
  assert.ok(script.startsWith('#!/bin/sh\n# lab.sh: the pattern lab. Builds Interlock'));
  assert.match(script, /^# Written by interlock 0\.1\.0 for imgcodec from fixed templates\. Usage: sh lab\.sh \[pattern\.\.\.\]$/m);
  assert.match(script, /^PATTERNS="opaque-handle abi-handshake"$/m);
  const fn = script.slice(script.indexOf('# opaque-handle: build'), script.indexOf('# abi-handshake: build'));
  assert.equal(
    fn,
    [
      '# opaque-handle: build the static library, then 3 detector(s) on the correct variant.',
      'pattern_opaque_handle() {',
      '  dir="$ROOT/patterns/opaque-handle"',
      '  target="$ROOT/.interlock/target/opaque-handle"',
      '  if ! build opaque-handle interlock_opaque_handle; then',
      '    skip opaque-handle 3',
      '    return',
      '  fi',
      `  check opaque-handle cargo-test 'env CARGO_TERM_COLOR=never cargo test --manifest-path "$dir/rust/Cargo.toml" --target-dir "$target"'`,
      `  check opaque-handle go-vet 'env CGO_ENABLED=1 "CGO_LDFLAGS=-L$lib" go vet ./...'`,
      `  check opaque-handle race 'env CGO_ENABLED=1 "CGO_LDFLAGS=-L$lib" go test -count=1 -timeout=240s -race ./...'`,
      '}',
      '',
      '',
    ].join('\n'),
  );
  assert.match(script, /^ {4}opaque-handle\) echo 4 ;;$/m);
  assert.match(script, /^ {4}abi-handshake\) echo 2 ;;$/m);
});

test('the script parses in POSIX sh (dash) and bash', () => {
  const script = labScript(input);
  for (const shell of ['dash', 'bash']) {
    const r = spawnSync(shell, ['-n'], { input: script, encoding: 'utf8' });
    assert.equal(r.stderr, '', shell);
    assert.equal(r.status, 0, shell);
  }
});

test('values that did not go through validation are refused, not quoted', () => {
  const bad: Array<[Partial<typeof input>, RegExp]> = [
    [{ project: 'x"; rm -rf ~' }, /project name .* was not validated/],
    [{ project: 'Imgcodec' }, /project name/],
    [{ toolVersion: '1.0$(id)' }, /tool version/],
    [{ patterns: [{ id: '../x', detectors: ['go-test'] }] }, /pattern id "\.\.\/x" was not validated/],
    [{ patterns: [{ id: 'a b', detectors: ['go-test'] }] }, /pattern id/],
    [{ patterns: [{ id: 'ok', detectors: [] }] }, /has no detectors/],
    [{ patterns: [{ id: 'ok', detectors: ['rm -rf' as DetectorId] }] }, /unknown detector "rm -rf"/],
  ];
  for (const [patch, message] of bad) assert.throws(() => labScript({ ...input, ...patch }), message);
});

/** Runs the script from a folder with the given PATH; nothing is built because every case stops first. */
function runIn(folder: string, path: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'lab.sh'), labScript(input), { mode: 0o755 });
  const r = spawnSync('/bin/sh', [join(folder, 'lab.sh'), ...args], { encoding: 'utf8', env: { ...process.env, PATH: path } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('missing go, cargo or C compiler stop the audit at once with exit 2 and the fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-audit-'));
  try {
    const noGo = runIn(join(dir, 'a'), '/usr/bin:/bin');
    assert.equal(noGo.status, 2);
    assert.equal(noGo.stdout, '');
    assert.equal(noGo.stderr, 'lab.sh: go is not on PATH: install Go 1.26 or newer from https://go.dev/dl/\n');

    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const go = spawnSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(go, join(bin, 'go'));
    const noCargo = runIn(join(dir, 'b'), `${bin}:/usr/bin:/bin`);
    assert.equal(noCargo.status, 2);
    assert.equal(noCargo.stderr, 'lab.sh: cargo is not on PATH: install Rust 1.85 or newer with rustup (https://rustup.rs)\n');

    const fakeCargo = join(bin, 'cargo');
    writeFileSync(fakeCargo, '#!/bin/sh\necho "cargo 1.70.0 (old 2023-06-01)"\n', { mode: 0o755 });
    const oldCargo = runIn(join(dir, 'c'), `${bin}:/usr/bin:/bin`);
    assert.equal(oldCargo.status, 2);
    assert.equal(oldCargo.stderr, 'lab.sh: cargo 1.70.0 (old 2023-06-01) is too old: edition 2024 needs Rust 1.85 or newer (rustup update)\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder path with a space is refused before anything is built; unknown arguments are usage errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-audit-'));
  try {
    const spaced = join(dir, 'my bundle');
    const r = runIn(spaced, process.env['PATH'] ?? '');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `lab.sh: cgo cannot link from a folder whose path has spaces, quotes or backslashes: move the lab (now in ${spaced})\n`);

    const u = runIn(join(dir, 'plain'), process.env['PATH'] ?? '', ['nope']);
    assert.equal(u.status, 2);
    assert.equal(u.stderr, 'lab.sh: not a pattern in this lab: nope\nusage: sh lab.sh [pattern...]\npatterns in this lab: opaque-handle abi-handshake\n');
    const h = runIn(join(dir, 'plain'), '/usr/bin:/bin', ['--help']);
    assert.equal(h.status, 0);
    assert.equal(h.stdout, 'usage: sh lab.sh [pattern...]\npatterns in this lab: opaque-handle abi-handshake\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with no pattern that applies, the script says so and succeeds without needing any tool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-audit-'));
  try {
    writeFileSync(join(dir, 'lab.sh'), labScript({ ...input, patterns: [] }));
    const r = spawnSync('/bin/sh', [join(dir, 'lab.sh')], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'No pattern project applies to this checklist: lab.sh has nothing to build or run.\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
