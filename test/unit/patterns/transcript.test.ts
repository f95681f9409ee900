// The harness's pure parts: argument parsing, detector commands, transcript normalising and trimming.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs } from '../../../scripts/patterns/args.ts';
import { detectorSteps, showStep } from '../../../scripts/patterns/detectors.ts';
import { normalise, renderTranscript, trim } from '../../../scripts/patterns/transcript.ts';

describe('audit-patterns arguments', () => {
  it('parses repeated and comma-separated filters', () => {
    const o = parseArgs(['--pattern', 'a,b', '--pattern=c', '--detector', 'asan', '--record']);
    assert.deepEqual(o.patterns, ['a', 'b', 'c']);
    assert.deepEqual(o.detectors, ['asan']);
    assert.equal(o.record, true);
  });
  it('refuses unknown flags and missing values', () => {
    assert.throws(() => parseArgs(['--patern', 'x']), /unknown argument/);
    assert.throws(() => parseArgs(['--pattern']), /needs a value/);
  });
  it('checks three at once unless --jobs says otherwise, and refuses a jobs count that is not one', () => {
    assert.equal(parseArgs([]).jobs, 3);
    assert.equal(parseArgs(['--jobs', '1']).jobs, 1);
    assert.equal(parseArgs(['--jobs=12']).jobs, 12);
    for (const bad of ['0', '-1', '2.5', 'two', '100']) {
      assert.throws(() => parseArgs(['--jobs', bad]), /--jobs needs a whole number from 1 to 99/);
    }
  });
});

describe('detector commands', () => {
  const ctx = { goDir: '/p/go', manifest: '/p/rust/Cargo.toml', targetDir: '/c/t', libDir: '/c/lib', goTags: 'broken_x', rustFeature: 'broken-x' };
  it('runs asan with symbols kept and the variant tag', () => {
    const [s] = detectorSteps('asan', ctx);
    assert.ok(s);
    assert.equal(s.env['CGO_LDFLAGS'], '-L/c/lib');
    assert.equal(showStep(s), "go test -count=1 -asan '-ldflags=-s=false -w=false' -tags=broken_x ./...");
  });
  it('runs pressure twice, on one P then two', () => {
    const steps = detectorSteps('pressure', { ...ctx, goTags: undefined });
    assert.deepEqual(steps.map((s) => s.env['GOMAXPROCS']), ['1', '2']);
    assert.ok(steps.every((s) => s.env['GOGC'] === '1' && s.env['INTERLOCK_PRESSURE'] === '1'));
  });
  it('builds cargo tests with the variant feature in the cache', () => {
    const [s] = detectorSteps('cargo-test', ctx);
    assert.ok(s);
    assert.deepEqual(s.args, ['test', '--manifest-path', '/p/rust/Cargo.toml', '--target-dir', '/c/t', '--features', 'broken-x']);
    assert.equal(showStep(s), 'cargo test --manifest-path ../rust/Cargo.toml --features broken-x');
  });
  it('runs the go-test family as plain go test', () => {
    for (const d of ['go-test', 'ledger', 'busy-flag', 'layout-test', 'abort-subprocess'] as const) {
      assert.equal(showStep(detectorSteps(d, { ...ctx, goTags: undefined })[0]!), 'go test -count=1 ./...');
    }
  });
});

describe('transcripts', () => {
  const raw = [
    '=== RUN   TestX',
    '==12345==ERROR: AddressSanitizer: heap-use-after-free on address 0x60c000000400 at pc 0x7f20f3e4814b',
    '    #1 0x682133 in meter_copy (/tmp/go-build3068689936/b001/x.test+0x682133)',
    '    #2 0x4986c3 in _cgo_3f087f40acb4_Cfunc_meter_copy /tmp/go-build/cgo-gcc-prolog:78',
    'SUMMARY: AddressSanitizer: heap-use-after-free',
    'Shadow bytes around the buggy address:',
    '  0x0c187fff8030: fa fa',
    'FAIL\tinterlock.example/patterns/x\t0.168s',
  ].join('\n');

  it('normalises addresses, pids, temp dirs, cgo hashes and timings', () => {
    const n = normalise(`${raw}\n\t/work/p/go/meter.go:12 +0x4b fp=0xc000123456 sp=0xc000123400 pc=0x4986c3\n`, [['/work/p/', '']]);
    assert.match(n, /==PID==ERROR/);
    assert.match(n, /in meter_copy \(\$WORK\/b001\/x\.test\+0x…\)/);
    assert.match(n, /_cgo_…_Cfunc_meter_copy/);
    assert.match(n, /\t…s$/m);
    assert.match(n, /^\tgo\/meter\.go:12 \+0x4b$/m);
    assert.doesNotMatch(n, /0x[0-9a-f]{5,}/);
  });

  it('blanks go test timings and thread numbers but keeps durations a test prints', () => {
    const text = [
      '--- FAIL: TestEffectiveTimeout (0.01s)',
      '    handshake_test.go:49: EffectiveTimeout(1.5s) = 25m0s, want 1.5s',
      "thread '<unnamed>' (48213) panicked at src/lib.rs:9:5:",
      'READ of size 8 at 0x602000000010 thread T3',
      'ok  \tinterlock.example/patterns/x\t0.5s',
    ].join('\n');
    assert.equal(
      normalise(text, []),
      [
        '--- FAIL: TestEffectiveTimeout (…s)',
        '    handshake_test.go:49: EffectiveTimeout(1.5s) = 25m0s, want 1.5s',
        "thread '<unnamed>' (N) panicked at src/lib.rs:9:5:",
        'READ of size 8 at 0x… thread T…',
        'ok  \tinterlock.example/patterns/x\t…s',
      ].join('\n'),
    );
  });

  it('keeps the match and its context, drops the shadow dump, keeps own frames', () => {
    const text = ['a', 'b', 'c', 'd', 'ERROR: boom', 'e', 'Shadow bytes around the buggy address:', 'junk', 'main.f()', '\tgo/x.go:3 +0x1', 'tail'].join('\n');
    assert.equal(trim(text, /ERROR: boom/), ['…', 'b', 'c', 'd', 'ERROR: boom', 'e', '…', 'main.f()', '\tgo/x.go:3 +0x1', '…'].join('\n'));
  });

  it('renders the commands first', () => {
    assert.equal(renderTranscript(['cargo build', 'go test'], 'x\nERROR: y\n', /ERROR/), '$ cargo build\n$ go test\nx\nERROR: y\n');
  });
});
