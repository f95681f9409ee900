// interlock init --header: the pinned draft for the kv fixture, every todo reported by check, and the
// draft with its todos filled passes check and drift.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { REPO } from '../cli/run-bin.ts';
import { runMain } from '../cli/run-main.ts';

const D = 'test/fixtures/code/drift/clean';
const ARGS = ['init', '--header', `${D}/include/kv.h`, '--rust', `${D}/rust`, '--go', `${D}/go`];

test('the draft names every function, opaque type, struct and enum the header has; Rust confirms ownership', async () => {
  const r = await runMain(ARGS);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, readFileSync(join(REPO, 'test/fixtures/code/init/kv.expected.yaml'), 'utf8'));
  assert.equal(r.status, 0);
});

test('check reports each todo at its line and column; filled in, the draft passes check and drift', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-init-'));
  try {
    const out = join(dir, 'kv.yaml');
    assert.deepEqual((await runMain([...ARGS, '--out', out])).status, 0);
    const draft = readFileSync(out, 'utf8');
    const checked = await runMain(['check', '--format', 'json', out]);
    const report = JSON.parse(checked.stdout) as { files: { diagnostics: { line: number; column: number }[] }[] };
    const lines = draft.split('\n');
    const at = report.files[0]!.diagnostics.map((d) => lines[d.line - 1]!.slice(d.column - 1, d.column + 3));
    assert.deepEqual(at, Array(13).fill('todo'));
    assert.equal(checked.status, 2);
    const decisions: [RegExp, string][] = [
      [/abi: todo, go_package: todo/, 'abi: "1.0", go_package: example.com/kv'],
      [/threads: todo/, 'threads: shared\n    sync: wrapper'],
      [/from: todo, pass: todo, lifetime: todo/, 'from: go, pass: borrow, lifetime: call'],
      [/nullable: todo/, 'nullable: true'],
    ];
    let filled = draft;
    for (const [pattern, value] of decisions) filled = filled.replace(pattern, value);
    // kv_stats and kv_close have no panic site: aborting is acknowledged rather than claimed to be caught.
    filled = filled.replace(/errors: todo/g, 'errors: none').replace(/panics: todo/g, 'panics: abort\n    allow: { panic-abort: "no panic site in the body" }');
    assert.doesNotMatch(filled.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n'), /\btodo\b/);
    writeFileSync(out, filled);
    const ok = await runMain(['check', out]);
    assert.deepEqual([ok.status, ok.stdout], [0, '1 contract checked: no problems\n']);
    const drift = await runMain(['drift', out]);
    assert.deepEqual([drift.status, drift.stdout], [0, 'note: struct layouts checked with cc\ndrift: no differences\n']);
    assert.match(filled, new RegExp(`header: "${relative(dir, join(REPO, D)).split('\\').join('/')}/include/kv.h"`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a header with a syntax error gets file:line:column and no draft', async () => {
  const r = await runMain(['init', '--header', 'test/fixtures/code/drift/broken.h']);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'test/fixtures/code/drift/broken.h:3:12: error code-unparsable: C syntax error: missing ")"\n  hint: the reader skips this part of the file; fix it or check that the path is the right file\ninterlock init: no draft written\n');
  assert.equal(r.status, 2);
});

test('a handle stored whole in the object a call creates lives until its destroy; one only used to build it stays todo', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-init-kept-'));
  try {
    writeFileSync(join(dir, 'it.h'), [
      'typedef struct Re Re;',
      'typedef struct Iter Iter;',
      'typedef struct Names Names;',
      'Iter *iter_new(const Re *re);',
      'void iter_free(Iter *it);',
      'Names *names_new(const Re *re);',
      'void names_free(Names *n);',
      'int32_t re_len(const Re *re);',
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'lib.rs'), [
      '#[unsafe(no_mangle)] pub extern "C" fn iter_new(re: *const Re) -> *mut Iter { Box::into_raw(Box::new(Iter { re, at: 0 })) }',
      '#[unsafe(no_mangle)] pub extern "C" fn iter_free(it: *mut Iter) { drop(unsafe { Box::from_raw(it) }) }',
      '#[unsafe(no_mangle)] pub extern "C" fn names_new(re: *const Re) -> *mut Names { let re = unsafe { &*re }; Box::into_raw(Box::new(Names { n: re.names() })) }',
      '#[unsafe(no_mangle)] pub extern "C" fn names_free(n: *mut Names) { drop(unsafe { Box::from_raw(n) }) }',
      '#[unsafe(no_mangle)] pub extern "C" fn re_len(re: *const Re) -> i32 { unsafe { (*re).len } }',
      '',
    ].join('\n'));
    const r = await runMain(['init', '--header', join(dir, 'it.h'), '--rust', join(dir, 'lib.rs')]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\n').filter((l) => l.includes(' re: ')), [
      '      re: { type: Re, pass: borrow, lifetime: until:iter_free }',
      '      re: { type: Re, pass: borrow, lifetime: todo }',
      '      re: { type: Re, pass: borrow, lifetime: call }',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
