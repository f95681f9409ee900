// The header, Rust and Go readers: every fact they extract, with its position, on small inline sources.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cfgHolds, goBuildHolds } from '../../../src/lib/code/conditions.ts';
import { canonC, canonRust, typesDiffer } from '../../../src/lib/code/c-types.ts';
import { go, header, rust, syntaxErrors } from './parse-inline.ts';
import { maskRawLookalikes } from '../../../src/lib/code/rust.ts';

const P = (line: number, column: number, file = 'x.h') => ({ file, line, column });

test('header: functions with parameter types as written, pointers, const and function pointers', async () => {
  const h = await header([
    '// Opens a thing.',
    '// Second line.',
    'Thing *thing_open(const uint8_t *name, size_t len, void (*cb)(int));',
    'void thing_free(Thing *t);',
    'int32_t thing_count(void);',
    'static inline int helper(int x) { return x; }',
  ].join('\n'));
  assert.deepEqual(h.functions.map((f) => [f.name, f.returns, f.params.map((p) => `${p.name}:${p.type}`), f.doc, f.defined]), [
    ['thing_open', 'Thing *', ['name:const uint8_t *', 'len:size_t', 'cb:fnptr'], 'Opens a thing.\nSecond line.', undefined],
    ['thing_free', 'void', ['t:Thing *'], undefined, undefined],
    ['thing_count', 'int32_t', [], undefined, undefined],
    ['helper', 'int', ['x:int'], undefined, true],
  ]);
  assert.deepEqual(h.functions[0]!.pos, P(3, 1));
  assert.deepEqual(h.functions[0]!.params[1]!.pos, P(3, 40));
});

test('header: a comment after a declaration on its line is that declaration\'s doc, never the next one\'s', async () => {
  const h = await header([
    'int32_t a(char **out);   // writes *out',
    'void b(char *s);         /* frees s */',
    '// about c',
    'void c(void); // and more',
    'void d(void);',
  ].join('\n'));
  assert.deepEqual(h.functions.map((f) => [f.name, f.doc]), [['a', 'writes *out'], ['b', 'frees s'], ['c', 'about c'], ['d', undefined]]);
});

test('header: opaque and defined structs, typedef aliases, enums with implicit values, macros, C++ guards', async () => {
  const h = await header([
    '#define LIB_ABI_MAJOR 3',
    '#ifdef __cplusplus',
    'extern "C" {',
    '#endif',
    'typedef struct Handle Handle;',
    'typedef struct { uint8_t kind; uint32_t ids[4]; const char *name; } Reading;',
    'struct Pair { int a, b; };',
    'typedef enum { RED = -1, GREEN, BLUE = 0x10, TEAL } Colour;',
    'enum { A = 1 << 2, B };',
    'typedef int32_t (*visit_fn)(uintptr_t ctx);',
    '#ifdef __cplusplus',
    '}',
    '#endif',
  ].join('\n'));
  assert.deepEqual(h.structs.map((s) => [s.name, s.fields?.map((f) => `${f.name}:${f.type}`), `${s.pos.line}:${s.pos.column}`]), [
    ['Handle', undefined, '5:9'],
    ['Reading', ['kind:uint8_t', 'ids:uint32_t[4]', 'name:const char *'], '6:9'],
    ['Pair', ['a:int', 'b:int'], '7:1'],
  ]);
  assert.deepEqual(h.enums.map((e) => [e.name, e.values.map((v) => `${v.name}=${v.value ?? '?'}`)]), [
    ['Colour', ['RED=-1', 'GREEN=0', 'BLUE=16', 'TEAL=17']],
    [undefined, ['A=?', 'B=?']],
  ]);
  assert.deepEqual(h.macros, [{ name: 'LIB_ABI_MAJOR', value: '3', pos: P(1, 1) }]);
  assert.deepEqual(h.typedefs, ['Handle', 'Reading', 'Colour', 'visit_fn']);
});

test('rust: exports need extern "C" and no_mangle or export_name; cfg features pick the variant', async () => {
  const src = [
    '#[unsafe(no_mangle)]',
    'pub extern "C" fn a(x: *const u8, n: usize) -> i32 { 0 }',
    '#[no_mangle]',
    'pub unsafe extern "C" fn b() {}',
    'pub extern "C" fn not_exported() {}',
    '#[unsafe(no_mangle)]',
    'pub fn rust_abi() {}',
    '#[cfg(feature = "broken-x")]',
    '#[unsafe(export_name = "c")]',
    'pub extern "C" fn c_broken() {}',
    '#[cfg(not(feature = "broken-x"))]',
    '#[unsafe(export_name = "c")]',
    'pub extern "C" fn c_good() {}',
    '#[cfg(test)]',
    'mod tests { #[unsafe(no_mangle)] pub extern "C" fn t() {} }',
  ].join('\n');
  const good = await rust(src);
  assert.deepEqual(good.functions.map((f) => [f.name, f.exported]), [['a', true], ['b', true], ['not_exported', false], ['rust_abi', false], ['c_good', true]]);
  assert.deepEqual(good.functions[0]!.params.map((p) => `${p.name}:${p.type}`), ['x:*const u8', 'n:usize']);
  assert.deepEqual(good.functions[0]!.pos, P(2, 19, 'lib.rs'));
  const broken = await rust(src, { rustFeatures: ['broken-x'], goTags: [] });
  assert.deepEqual(broken.functions.map((f) => f.name), ['a', 'b', 'not_exported', 'rust_abi', 'c_broken']);
});

test('rust: panic sites, catch_unwind, ownership idioms, consts, aliases, modules', async () => {
  const r = await rust([
    'pub const OK: i32 = 0;',
    'pub const FAILED: i32 = -2;',
    'pub type Id = u64;',
    '#[path = "../shared/busy.rs"]',
    'mod busy;',
    'mod plain;',
    'fn f(v: &[u8], d: usize, o: Option<u8>) -> u8 {',
    '    let _ = &v[..];',
    '    let _ = v[0] / 2;',
    '    let _ = d % d;',
    '    assert!(d > 0);',
    '    let b = Box::into_raw(Box::new(1));',
    '    drop(unsafe { Box::from_raw(b) });',
    '    std::panic::catch_unwind(|| 1).ok();',
    '    o.expect("x")',
    '}',
  ].join('\n'));
  const f = r.functions[0]!;
  assert.deepEqual(f.panicSites.map((s) => `${s.what}@${s.pos.line}:${s.pos.column}`), ['indexing@9:13', 'remainder@10:13', 'assert!@11:5', 'expect()@15:7']);
  assert.equal(f.catchesUnwind, true);
  assert.deepEqual(f.idioms, { boxIntoRaw: true, boxFromRaw: true, cstringIntoRaw: false, cstringFromRaw: false, fromRawParts: false, fromUtf8: false, interiorPointer: false, intoRawKept: false });
  assert.deepEqual(r.consts.map((c) => `${c.name}=${c.value}`), ['OK=0', 'FAILED=-2']);
  assert.deepEqual(r.aliases, [{ name: 'Id', type: 'u64' }]);
  assert.deepEqual(r.modules, [{ name: 'busy', path: '../shared/busy.rs' }, { name: 'plain' }]);
});

test('rust: a CString handed out by method, and a pointer into what a parameter owns, are idioms; look-alikes are not', async () => {
  const r = await rust([
    'fn give(s: String, out: *mut *mut c_char) { let c = CString::new(s).unwrap(); unsafe { out.write(c.into_raw()) }; }',
    'fn boxed(out: *mut *mut u8) { let b = Box::new(1u8); unsafe { out.write(b.into_raw()) }; }',
    'fn lend(p: *mut Pool) -> *mut u8 { let p = unsafe { &mut *p }; p.storage.as_mut_ptr() }',
    'fn local() -> *const u8 { let v = vec![1u8]; v.as_ptr() }',
    'fn other(p: &Pool) -> *const u8 { GLOBAL.data.as_ptr() }',
    'fn kept(it: *mut Iter, out: *mut *mut c_char) { let it = unsafe { &mut *it }; let cs = CString::new("a").unwrap(); let ptr = cs.into_raw(); it.names.push(ptr); unsafe { *out = ptr }; }',
    'fn field(h: &mut H) { let c = CString::new("a").unwrap(); h.last = c.into_raw(); }',
  ].join('\n'));
  const seen = r.functions.map((f) => `${f.name}: ${Object.entries(f.idioms).filter(([, v]) => v).map(([k]) => k).join(' ')}`);
  assert.deepEqual(seen, ['give: cstringIntoRaw', 'boxed: ', 'lend: interiorPointer', 'local: ', 'other: ', 'kept: cstringIntoRaw intoRawKept', 'field: cstringIntoRaw intoRawKept']);
});

test('rust: `&raw.field` of a variable named raw reads without a syntax error; `&raw const x` is untouched', async () => {
  const text = ['fn f(raw: &E, out: *mut u8) {', '    g(&raw.error, out);', '    let p = &raw const X;', '    h(&raw);', '}'].join('\n');
  assert.deepEqual(await syntaxErrors('rust', maskRawLookalikes(text)), []);
  assert.equal(maskRawLookalikes(text).split('\n')[2], '    let p = &raw const X;');
  assert.notDeepEqual(await syntaxErrors('rust', text), []);
});

test('rust: an unsafe block is justified by a SAFETY comment above its statement, on its line, or first inside', async () => {
  const r = await rust([
    'fn f(p: *const u8) {',
    '    // SAFETY: p is valid.',
    '    let _a = unsafe { *p };',
    '    let _b = unsafe { *p }; // SAFETY: same promise.',
    '    let _c = unsafe {',
    '        // SAFETY: inside.',
    '        *p',
    '    };',
    '    // A comment without the word.',
    '    let _d = unsafe { *p };',
    '    // SAFETY: the call below',
    '    // spans two comment lines.',
    '    g(1,',
    '      unsafe { *p });',
    '}',
  ].join('\n'));
  assert.deepEqual(r.unsafeBlocks.map((b) => `${b.pos.line}:${b.justified}`), ['3:true', '4:true', '5:true', '10:false', '14:true']);
});

test('go: build constraint, preamble, calls with arguments, assignments and returns per function', async () => {
  const g = await go([
    '//go:build !broken_x',
    '',
    'package p',
    '',
    '/*',
    '#include "lib.h"',
    '*/',
    'import "C"',
    '',
    'func (m *Meter) Close() error {',
    '\tC.meter_free(m.h)',
    '\tm.h = nil',
    '\treturn nil',
    '}',
    '',
    'func cs(s string) *C.char { x, y := C.CString(s), 2; _ = y; return x }',
    'type Pair struct {',
    '\tA, B uint32',
    '\tName *C.char',
    '}',
  ].join('\n'));
  assert.equal(g.build, '!broken_x');
  assert.deepEqual(g.structs.map((s) => [s.name, s.fields.map((f) => `${f.name}:${f.type}@${f.pos.line}:${f.pos.column}`)]), [['Pair', ['A:uint32@18:2', 'B:uint32@18:5', 'Name:*C.char@19:2']]]);
  assert.deepEqual(g.preamble, { text: '\n#include "lib.h"\n', line: 5 });
  assert.deepEqual(g.functions.map((f) => [f.name, f.receiver, f.params, f.calls.map((c) => `${c.callee}(${c.args.join(',')})@${c.pos.line}:${c.pos.column}`), f.assigns.map((a) => `${a.target}=${a.value}`), f.returns.map((r) => `${r.text}@${r.pos.line}:${r.pos.column}`)]), [
    ['(*Meter).Close', '*Meter', [], ['C.meter_free(m.h)@11:2'], ['m.h=nil'], ['nil@13:2']],
    ['cs', undefined, ['s'], ['C.CString(s)@16:37'], ['x=C.CString(s)', 'y=2', '_=y'], ['x@16:61']],
  ]);
});

test('syntax errors become diagnostics at the ERROR or MISSING node', async () => {
  assert.deepEqual(await syntaxErrors('c', 'int ok(void);\nint broken(;\n'), [
    { code: 'code-unparsable', severity: 'error', message: 'C syntax error: missing ")"', file: 'f', line: 2, column: 12, hint: 'the reader skips this part of the file; fix it or check that the path is the right file' },
  ]);
  const rs = await syntaxErrors('rust', 'fn a() {}\nfn b( {}\n');
  assert.deepEqual(rs.map((d) => `${d.line}:${d.column} ${d.message}`), ['2:6 Rust syntax error: missing ")"']);
  assert.deepEqual(await syntaxErrors('go', 'package p\nfunc f() {}\n'), []);
});

test('cfg and go:build conditions', () => {
  const v = { rustFeatures: ['broken-a'], goTags: ['broken_a'] };
  assert.equal(cfgHolds(['#[cfg(feature = "broken-a")]'], v), true);
  assert.equal(cfgHolds(['#[cfg(not(feature = "broken-a"))]'], v), false);
  assert.equal(cfgHolds(['#[cfg(all(test, not(feature = "x")))]'], v), false);
  assert.equal(cfgHolds(['#[cfg(any(test, feature = "broken-a"))]'], v), true);
  assert.equal(cfgHolds(['#[cfg(target_os = "linux")]', '#[derive(Debug)]'], v), true);
  assert.equal(goBuildHolds('broken_a', v), true);
  assert.equal(goBuildHolds('!broken_a', v), false);
  assert.equal(goBuildHolds('broken_b || (linux && !broken_c)', v), true);
  assert.equal(goBuildHolds('broken_b && broken_a', v), false);
});

test('C and Rust types compare by meaning: sizes, pointers, aliases; unknown names never differ', () => {
  const structs = new Set(['Meter']);
  assert.equal(canonC('const uint8_t *', structs), '*const u8');
  assert.equal(canonC('char *const *', structs), '*const *mut char');
  assert.equal(canonC('Meter *', structs), '*mut Meter');
  assert.equal(canonRust('*mut std::ffi::c_char', structs), '*mut char');
  assert.equal(canonRust('Option<unsafe extern "C" fn(i32) -> i32>', structs), 'fnptr');
  assert.equal(canonRust('Id', structs, new Map([['Id', 'u64']])), 'u64');
  assert.equal(typesDiffer(canonC('size_t', structs), canonRust('usize', structs)), false);
  assert.equal(typesDiffer(canonC('size_t', structs), canonRust('u32', structs)), true);
  assert.equal(typesDiffer(canonC('const Meter *', structs), canonRust('*mut Meter', structs)), false);
  assert.equal(typesDiffer(canonC('visit_fn', structs), canonRust('VisitFn', structs)), false);
  assert.equal(typesDiffer(canonC('const char *', structs), canonRust('*const u8', structs)), false);
});
