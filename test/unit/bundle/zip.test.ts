// The zip writer: known CRCs, exact header bytes, refused paths, and archives that Info-ZIP's unzip reads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, writeZip, ZipError, zipPathProblem } from '../../../src/lib/export/zip.ts';
import { readZip } from './zip-reader.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('crc32 matches the standard check values', () => {
  assert.equal(crc32(new Uint8Array()), 0);
  assert.equal(crc32(utf8('123456789')), 0xcbf4_3926);
  assert.equal(crc32(utf8('The quick brown fox jumps over the lazy dog')), 0x414f_a339);
});

test('an empty archive is just the end-of-central-directory record', () => {
  assert.deepEqual([...writeZip([])], [0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
});

test('one entry: exact local header, central header and trailer', () => {
  const zip = writeZip([{ path: 'a.txt', data: utf8('hi\n') }]);
  const crc = crc32(utf8('hi\n'));
  const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
  const name = [...utf8('a.txt')];
  const local = [0x50, 0x4b, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 0, 0, 0x21, 0, ...le32(crc), 3, 0, 0, 0, 3, 0, 0, 0, 5, 0, 0, 0, ...name, ...utf8('hi\n')];
  const central = [
    0x50, 0x4b, 0x01, 0x02, 20, 3, 10, 0, 0, 0, 0, 0, 0, 0, 0x21, 0, ...le32(crc), 3, 0, 0, 0, 3, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0xa4, 0x81, 0, 0, 0, 0, ...name,
  ];
  const eocd = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, ...le32(central.length), ...le32(local.length), 0, 0];
  assert.deepEqual([...zip], [...local, ...central, ...eocd]);
});

test('the same entries always give the same bytes', () => {
  const entries = [
    { path: 'x/y.txt', data: utf8('y') },
    { path: 'run.sh', data: utf8('#!/bin/sh\n'), executable: true },
  ];
  assert.deepEqual(writeZip(entries), writeZip(entries));
});

test('entry paths outside the allow-list are refused, never rewritten', () => {
  const refused: Array<[string, RegExp]> = [
    ['', /is empty/],
    ['/etc/passwd', /empty segment/],
    ['a//b', /empty segment/],
    ['a/', /empty segment/],
    ['../x', /\. or \.\. segment/],
    ['a/./b', /\. or \.\. segment/],
    ['a\\b', /segment outside/],
    ['C:x', /segment outside/],
    ['.hidden', /segment outside/],
    ['-rf', /segment outside/],
    ['sp ace', /segment outside/],
    ['ünï', /segment outside/],
    ['x'.repeat(241), /longer than 240/],
  ];
  for (const [path, message] of refused) {
    assert.match(zipPathProblem(path) ?? 'accepted', message, path);
    assert.throws(() => writeZip([{ path, data: new Uint8Array() }]), ZipError, path);
  }
  assert.equal(zipPathProblem('patterns/_shared/rust/ledger.rs'), undefined);
  assert.equal(zipPathProblem('go.mod'), undefined);
});

test('duplicate paths are refused, also when they differ only by case', () => {
  assert.throws(() => writeZip([{ path: 'A.md', data: utf8('1') }, { path: 'a.md', data: utf8('2') }]), /duplicate entry path a\.md/);
});

test('the tiny reader gets back every entry, mode and CRC', () => {
  const data = new Uint8Array(70_000).map((_, i) => (i * 7) & 0xff);
  const zip = writeZip([
    { path: 'bin.dat', data },
    { path: 'dir/sub/text.md', data: utf8('# Title\n') },
    { path: 'audit.sh', data: utf8('#!/bin/sh\necho ok\n'), executable: true },
  ]);
  const entries = readZip(zip);
  assert.deepEqual(entries.map((e) => [e.path, e.mode.toString(8), e.dosDate, e.dosTime]), [
    ['bin.dat', '100644', 0x21, 0],
    ['dir/sub/text.md', '100644', 0x21, 0],
    ['audit.sh', '100755', 0x21, 0],
  ]);
  assert.deepEqual(entries[0]?.data, data);
  assert.equal(entries[1]?.crc, crc32(utf8('# Title\n')));
});

test('Info-ZIP unzip lists, tests and extracts the archive with the executable bit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-zip-'));
  try {
    const file = join(dir, 'b.zip');
    writeFileSync(file, writeZip([
      { path: 'CHECKLIST.md', data: utf8('- [ ] one\n') },
      { path: 'patterns/p/go/go.mod', data: utf8('module x\n') },
      { path: 'audit.sh', data: utf8('#!/bin/sh\necho ok\n'), executable: true },
    ]));
    const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' });
    assert.equal(list, 'CHECKLIST.md\npatterns/p/go/go.mod\naudit.sh\n');
    // unzip -t recomputes every CRC.
    assert.match(execFileSync('unzip', ['-t', file], { encoding: 'utf8' }), /No errors detected in compressed data/);
    assert.equal(execFileSync('unzip', ['-p', file, 'patterns/p/go/go.mod'], { encoding: 'utf8' }), 'module x\n');
    const verbose = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    assert.match(verbose, /1980-01-01 00:00|01-01-1980 00:00/);
    execFileSync('unzip', ['-q', file, '-d', join(dir, 'out')]);
    assert.equal(statSync(join(dir, 'out', 'audit.sh')).mode & 0o777, 0o755);
    assert.equal(statSync(join(dir, 'out', 'CHECKLIST.md')).mode & 0o111, 0);
    assert.equal(readFileSync(join(dir, 'out', 'audit.sh'), 'utf8'), '#!/bin/sh\necho ok\n');
    assert.equal(execFileSync(join(dir, 'out', 'audit.sh'), { encoding: 'utf8' }), 'ok\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
