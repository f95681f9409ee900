// A C API spread over headers, as real libraries ship it: the umbrella header's includes are followed,
// decorations and declaration macros defined in one header are applied in another, and the Rust idioms
// of a real C API crate (references, Option<&T>, `mod r#ref;`, an owned-type macro from another crate)
// compare as the ABI does. Expected findings are pinned in drift.expected.txt beside the fixture.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { runMain } from '../cli/run-main.ts';

const DIR = 'test/fixtures/code/library-headers';

test('the fixture header is C the compiler accepts, so the reader is tested on real C', (t) => {
  const cc = spawnSync('cc', ['-fsyntax-only', '-Wall', '-Werror', `-I${DIR}/include`, '-x', 'c', `${DIR}/include/lib.h`], { encoding: 'utf8' });
  if (cc.error !== undefined) return t.skip('no C compiler on PATH');
  assert.deepEqual([cc.status, cc.stderr], [0, '']);
});

test('drift reads every included header and reports only the two differences a reviewer would name', async () => {
  const r = await runMain(['drift', '--header', `${DIR}/include/lib.h`, '--rust', `${DIR}/rust`]);
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
