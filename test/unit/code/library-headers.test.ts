// A C API spread over headers, as real libraries ship it: the umbrella header's includes are followed,
// decorations and declaration macros defined in one header are applied in another, and the Rust idioms
// of a real C API crate (references, Option<&T>, `mod r#ref;`, an owned-type macro from another crate)
// compare as the ABI does, and the Go package's own .c helpers are its own. Expected findings are pinned in
// drift.expected.txt beside the fixture; the C compiler and go vet confirm the fixture is real code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runMain } from '../cli/run-main.ts';

const DIR = 'test/fixtures/code/library-headers';

test('the fixture header is C the compiler accepts, so the reader is tested on real C', (t) => {
  const cc = spawnSync('cc', ['-fsyntax-only', '-Wall', '-Werror', `-I${DIR}/include`, '-x', 'c', `${DIR}/include/lib.h`], { encoding: 'utf8' });
  if (cc.error !== undefined) return t.skip('no C compiler on PATH');
  assert.deepEqual([cc.status, cc.stderr], [0, '']);
});

test('the fixture Go package is cgo the Go toolchain accepts, its own C helpers included', (t) => {
  const vet = spawnSync('go', ['vet', './...'], { cwd: `${DIR}/go`, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } });
  if (vet.error !== undefined) return t.skip('no go on PATH');
  assert.deepEqual([vet.status, vet.stderr], [0, '']);
});

test('drift reads every included header and reports only the two differences a reviewer would name', async () => {
  // go_point_x and go_point_y come from the package's shims.c, stamped out by its macros; C._Bool is a conversion.
  const r = await runMain(['drift', '--header', `${DIR}/include/lib.h`, '--rust', `${DIR}/rust`, '--go', `${DIR}/go`]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, readFileSync(`${DIR}/drift.expected.txt`, 'utf8'));
  // Warnings only: the macro may generate the delete, and a field's name is not part of the ABI.
  assert.equal(r.status, 1);
});

test('init drafts the functions the macros declare and the structs of the included headers', async () => {
  const r = await runMain(['init', '--header', `${DIR}/include/lib.h`, '--rust', `${DIR}/rust`]);
  assert.equal(r.status, 0, r.stderr);
  const draft = r.stdout;
  assert.deepEqual([...draft.matchAll(/^  (lib_\w+):$/gm)].map((m) => m[1]), ['lib_thing_t', 'lib_point_t', 'lib_val_t', 'lib_thing_delete', 'lib_thing_new', 'lib_args', 'lib_point_sum']);
  assert.match(draft, /lib_thing_t:\n    kind: opaque\n    owner: rust\n    create: \[lib_thing_new\]\n    destroy: lib_thing_delete\n/);
});

test('init --only drafts one part of the library; drift of that part does not ask for the rest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-only-'));
  try {
    const out = join(dir, 'point.yaml');
    const r = await runMain(['init', '--header', `${DIR}/include/lib.h`, '--rust', `${DIR}/rust`, '--only', 'lib_point_', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const draft = readFileSync(out, 'utf8');
    assert.deepEqual([...draft.matchAll(/^  (lib_\w+):$/gm)].map((m) => m[1]), ['lib_point_t', 'lib_point_sum']);
    assert.match(draft, /^interlock: 1\.1$/m);
    assert.match(draft, /^  only: \[lib_point_\]$/m);
    const filled = draft.replace('from: todo, pass: todo, lifetime: todo', 'from: go, pass: borrow, lifetime: call')
      .replace(/abi: todo, go_package: todo/, 'abi: "1.0", go_package: example.com/libgo')
      .replace('errors: todo', 'errors: none').replace('panics: todo', 'panics: abort\n    allow: { panic-abort: "no panic site in the body" }');
    writeFileSync(out, filled);
    assert.deepEqual((await runMain(['check', out])).stdout, '1 contract checked: no problems\n');
    const drift = await runMain(['drift', out]);
    assert.doesNotMatch(drift.stdout, /drift-contract-unlisted/);
    assert.match(drift.stdout, /drift: 0 errors, 2 warnings\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('init refuses a header larger than one contract and says how to draft a part of it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-big-'));
  try {
    writeFileSync(join(dir, 'big.h'), Array.from({ length: 301 }, (_, i) => `void big_f${i}(void);`).join('\n'));
    const r = await runMain(['init', '--header', join(dir, 'big.h')]);
    assert.deepEqual([r.status, r.stdout], [2, '']);
    assert.equal(r.stderr, 'interlock init: the header declares 301 functions, and one contract holds at most 300: draft a part of the library with --only <prefix>, once per part (see interlock init --help); no draft written\n');
    const none = await runMain(['init', '--header', join(dir, 'big.h'), '--only', 'small_']);
    assert.deepEqual([none.status, none.stderr], [2, 'interlock init: no function of the header starts with small_; no draft written\n']);
    const bad = await runMain(['init', '--header', join(dir, 'big.h'), '--only', 'big-']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--only takes C name prefixes separated by commas, like wasmtime_store_,wasmtime_context_ \(not "big-"\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
