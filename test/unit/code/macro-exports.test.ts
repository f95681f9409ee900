// Functions written inside item macros (regex-capi's `ffi_fn! { fn rure_compile(...) { ... } }`): the reader
// parses each body again in place and lets the macro's definition decide export and panic catching. The
// oracle for "exported" is the compiler: cargo builds the fixture and nm lists the symbols it defines.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanSources } from '../../../src/node/code/scan.ts';
import { runMain } from '../cli/run-main.ts';

const D = 'test/fixtures/code/macro-exports';

test('a function inside an exporting macro is exported, at its own line and column, with the macro named', async () => {
  const scan = await scanSources({ rust: `${D}/rust` });
  assert.deepEqual(scan.diagnostics, []);
  const fns = scan.boundary.rust.flatMap((f) => f.functions).map((f) => [f.name, f.exported, f.macro, f.catchesUnwind, `${f.pos.file}:${f.pos.line}:${f.pos.column}`]);
  assert.deepEqual(fns, [
    ['counter_new', true, 'ffi_fn', true, `${D}/rust/src/api.rs:7:8`],
    ['counter_free', true, 'ffi_fn', true, `${D}/rust/src/api.rs:13:8`],
    ['counter_add', true, 'raw_fn', false, `${D}/rust/src/api.rs:22:8`],
    ['twice', false, 'helper_fn', false, `${D}/rust/src/api.rs:31:8`],
  ]);
  assert.deepEqual(scan.boundary.rust.flatMap((f) => f.exportMacros.map((m) => [m.name, m.catchesUnwind, m.abortsOnPanic])), [['ffi_fn', true, true], ['raw_fn', false, false]]);
  const add = scan.boundary.rust.flatMap((f) => f.functions).find((f) => f.name === 'counter_add');
  assert.deepEqual(add?.params.map((p) => `${p.name}: ${p.type} @${p.pos.line}:${p.pos.column}`), ['counter: *mut Counter @22:20', 'by: u64 @22:43']);
  assert.deepEqual(scan.boundary.rust.flatMap((f) => f.unsafeBlocks).map((b) => `${b.pos.line}:${b.pos.column} ${b.justified}`), ['16:18 true', '24:17 true']);
});

test('drift of the contract against the macro-written crate is clean, and the panic probe finds the uncaught unwrap', async () => {
  const drift = await runMain(['drift', `${D}/contract.yaml`]);
  assert.deepEqual([drift.status, drift.stdout, drift.stderr], [0, 'drift: no differences\n', '']);
  const r = await runMain(['checklist', '--contract', `${D}/contract.yaml`, '--scan', '--date', '2026-01-01']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout.slice(r.stdout.indexOf('- [ ] IL-PAN-001')), [
    '- [ ] IL-PAN-001: failed (`rust-panic-escapes`)',
    `  - \`${D}/rust/src/api.rs:22:8\` counter_add can panic (unwrap() at ${D}/rust/src/api.rs\\:25:43) and no catch_unwind surrounds its body: a panic aborts the Go process`,
    '- [x] IL-TST-001: passed (`rust-unsafe-without-safety`)',
    '',
  ].join('\n'));
});

test('the reader exports exactly the symbols rustc puts in the static library', async () => {
  const target = mkdtempSync(join(tmpdir(), 'interlock-macro-'));
  try {
    const built = spawnSync('cargo', ['build', '--quiet', '--offline', '--manifest-path', `${D}/rust/Cargo.toml`, '--target-dir', target], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    const nm = spawnSync('nm', ['-g', '--defined-only', join(target, 'debug', 'libcounter_capi.a')], { encoding: 'utf8' });
    // "0000000000000000 T counter_add": text symbols the library defines; rustc's own are mangled (_ZN...).
    const symbols = nm.stdout.split('\n').flatMap((l) => /^[0-9a-f]+ T (counter_\w+)$/.exec(l)?.slice(1) ?? []).sort();
    const scan = await scanSources({ rust: `${D}/rust` });
    const exported = scan.boundary.rust.flatMap((f) => f.functions).filter((f) => f.exported).map((f) => f.name).sort();
    assert.deepEqual(exported, symbols);
    assert.deepEqual(symbols, ['counter_add', 'counter_free', 'counter_new']);
  } finally {
    rmSync(target, { recursive: true, force: true });
  }
});

test('init drafts panics: abort for a macro that catches and aborts, ownership from the macro bodies, todo where unknown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-macro-init-'));
  try {
    const out = join(dir, 'counter.yaml');
    const r = await runMain(['init', '--header', `${D}/include/counter.h`, '--rust', `${D}/rust`, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const text = readFileSync(out, 'utf8');
    const fn = (name: string): string[] => {
      const [, ...rest] = text.slice(text.indexOf(`  ${name}:`)).split('\n');
      const end = rest.findIndex((l) => !l.startsWith('    '));
      return rest.slice(0, end).filter((l) => /^ {4}(panics|returns):/.test(l));
    };
    assert.deepEqual(fn('counter_new'), ['    returns: { type: counter, pass: transfer }', '    panics: abort']);
    assert.deepEqual(fn('counter_free'), ['    panics: abort']);
    assert.deepEqual(fn('counter_add'), ['    returns: { type: u64, pass: copy }', '    panics: todo']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
