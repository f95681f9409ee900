// Each static probe on small valid and invalid sources: findings pinned by messageId, data and line.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { test } from 'node:test';
import { PROBES } from '../../../src/lib/code/probes/index.ts';
import { boundary } from './parse-inline.ts';

interface Case {
  name: string;
  h?: string;
  rs?: string;
  go?: string[];
  /** "messageId line key=value ..." per finding; [] for a valid case. */
  expect: string[];
}

const H = 'typedef struct Meter Meter;\nMeter *meter_new(void);\nvoid meter_free(Meter *m);\nint32_t lib_parse(const char *s);\nsize_t lib_last_error(char *buf, size_t cap);\n';
const GO = (body: string): string => `package p\n\nimport "C"\n\n${body}\n`;

const CASES: Record<string, Case[]> = {
  'rust-panic-escapes': [
    { name: 'guarded directly', rs: '#[unsafe(no_mangle)]\npub extern "C" fn f(v: *const u8) -> i32 {\n    std::panic::catch_unwind(|| x.unwrap()).unwrap_or(-1)\n}', expect: [] },
    { name: 'guarded through a helper', rs: 'fn guard(b: impl FnOnce() -> i32) -> i32 { std::panic::catch_unwind(std::panic::AssertUnwindSafe(b)).unwrap_or(-1) }\n#[unsafe(no_mangle)]\npub extern "C" fn f() -> i32 { guard(|| v[1]) }', expect: [] },
    { name: 'no panic site', rs: '#[unsafe(no_mangle)]\npub extern "C" fn f(a: i32) -> i32 { a.wrapping_add(1) / 2 }', expect: [] },
    { name: 'not exported', rs: 'pub fn f(a: Option<i32>) -> i32 { a.unwrap() }', expect: [] },
    { name: 'unwrap in an export', rs: '#[unsafe(no_mangle)]\npub extern "C" fn f(a: i32) -> i32 {\n    g(a).unwrap()\n}', expect: ['unguarded 2 name=f what=unwrap() site=lib.rs:3:10'] },
    { name: 'division in a helper it calls', rs: 'fn mean(a: i64, n: i64) -> i64 { a / n }\n#[unsafe(no_mangle)]\npub extern "C" fn f(a: i64, n: i64) -> i64 { mean(a, n) }', expect: ['unguarded 3 name=f what=division site=lib.rs:1:34'] },
  ],
  'rust-unsafe-without-safety': [
    { name: 'justified', rs: 'fn f(p: *const u8) -> u8 {\n    // SAFETY: p is live.\n    unsafe { *p }\n}', expect: [] },
    { name: 'bare', rs: 'fn f(p: *const u8) -> u8 {\n    unsafe { *p }\n}', expect: ['undocumented 2 name=f'] },
  ],
  'go-c-free-rust-memory': [
    { name: 'CString freed', go: [GO('func f(s string) {\n\tcs := C.CString(s)\n\tdefer C.free(unsafe.Pointer(cs))\n}')], expect: [] },
    { name: 'through a helper that returns C memory', go: [GO('func cs(s string) *C.char { return C.CString(s) }\nfunc f(s string) {\n\tp := cs(s)\n\tC.free(unsafe.Pointer(p))\n}')], expect: [] },
    { name: 'a field malloc\'d elsewhere in the package', go: [GO('func (b *B) init() { b.buf = C.malloc(8) }'), GO('func (b *B) Close() { C.free(b.buf) }')], expect: [] },
    { name: 'a parameter is the caller\'s business', go: [GO('func free(b []byte) { C.free(unsafe.Pointer(unsafe.SliceData(b))) }')], expect: [] },
    { name: 'a field the library filled', go: [GO('func (b *Buffer) Free() {\n\tC.free(unsafe.Pointer(b.raw.ptr))\n}')], expect: ['foreign 6 name=(*Buffer).Free what=b.raw.ptr'] },
    { name: 'an out-parameter the library filled', go: [GO('func f() {\n\tvar out *C.char\n\tC.lib_name(&out)\n\tC.free(unsafe.Pointer(out))\n}')], expect: ['foreign 8 name=f what=out'] },
  ],
  'go-destroy-keeps-pointer': [
    { name: 'cleared', h: H, go: [GO('func (m *M) Close() {\n\tC.meter_free(m.h)\n\tm.h = nil\n}')], expect: [] },
    { name: 'a local on an error path', h: H, go: [GO('func New() {\n\th := C.meter_new()\n\tC.meter_free(h)\n}')], expect: [] },
    { name: 'kept', h: H, go: [GO('func (m *M) Close() {\n\tC.meter_free(m.h)\n}')], expect: ['kept 6 name=(*M).Close what=m.h destroy=meter_free'] },
  ],
  'go-cleanup-not-stopped': [
    { name: 'stopped', h: H, go: [GO('func New() *M {\n\tm := &M{h: C.meter_new()}\n\tm.cleanup = runtime.AddCleanup(m, free, m.h)\n\treturn m\n}\nfunc (m *M) Close() {\n\tm.cleanup.Stop()\n\tC.meter_free(m.h)\n\tm.h = nil\n}')], expect: [] },
    { name: 'no cleanup registered', h: H, go: [GO('func (m *M) Close() {\n\tC.meter_free(m.h)\n\tm.h = nil\n}')], expect: [] },
    { name: 'armed', h: H, go: [GO('func New() *M {\n\tm := &M{h: C.meter_new()}\n\tm.cleanup = runtime.AddCleanup(m, free, m.h)\n\treturn m\n}\nfunc (m *M) Close() {\n\tC.meter_free(m.h)\n\tm.h = nil\n}')], expect: ['armed 11 name=(*M).Close what=m.h destroy=meter_free cleanup=m.cleanup'] },
  ],
  'go-set-finalizer': [
    { name: 'AddCleanup', go: [GO('func f(m *M) { runtime.AddCleanup(m, g, 1) }')], expect: [] },
    { name: 'SetFinalizer', go: [GO('func f(m *M) {\n\truntime.SetFinalizer(m, (*M).Close)\n}')], expect: ['finalizer 6 name=f'] },
  ],
  'go-handle-not-deleted': [
    { name: 'deleted in another file', go: [GO('func f() C.uintptr_t { return C.uintptr_t(cgo.NewHandle(1)) }'), GO('func g(h cgo.Handle) { h.Delete() }')], expect: [] },
    { name: 'never deleted', go: [GO('func f() {\n\th := cgo.NewHandle(1)\n\tC.lib_register(C.uintptr_t(h))\n}')], expect: ['leaked 6 name=f'] },
  ],
  'go-handle-deleted-early': [
    { name: 'deleted after the stop call', go: [GO('func (s *S) Stop() {\n\tC.ticker_stop(s.t)\n\ts.h.Delete()\n}')], expect: [] },
    { name: 'deleted on an error path with no stop after it', go: [GO('func (s *S) start() {\n\tif s.t == nil {\n\t\ts.h.Delete()\n\t}\n}')], expect: [] },
    { name: 'deleted first, inside a closure', go: [GO('func (s *S) Stop() {\n\ts.once.Do(func() {\n\t\ts.h.Delete()\n\t\tC.ticker_stop(s.t)\n\t})\n}')], expect: ['early 7 name=(*S).Stop handle=s.h stop=ticker_stop'] },
  ],
  'go-cbytes-as-cstring': [
    { name: 'CString', go: [GO('func cs(s string) *C.char { return C.CString(s) }')], expect: [] },
    { name: 'CBytes with a NUL appended', go: [GO('func cs(s string) *C.char { return (*C.char)(C.CBytes(append([]byte(s), 0))) }')], expect: [] },
    { name: 'CBytes as a C string', go: [GO('func f(s string) {\n\tp := (*C.char)(C.CBytes([]byte(s)))\n\tC.lib_parse(p)\n}')], expect: ['unterminated 6 name=f'] },
  ],
  'go-length-in-runes': [
    { name: 'bytes', go: [GO('func f(s string) { C.lib_len(C.size_t(len(s))) }')], expect: [] },
    { name: 'runes returned as a length', go: [GO('func arg(s string) (*C.uint8_t, C.size_t) {\n\treturn nil, C.size_t(utf8.RuneCountInString(s))\n}')], expect: ['runes 5 name=arg'] },
  ],
  'go-last-error-unlocked': [
    { name: 'locked', h: H, go: [GO('func f() {\n\truntime.LockOSThread()\n\tdefer runtime.UnlockOSThread()\n\tC.lib_parse(nil)\n\tC.lib_last_error(nil, 0)\n}')], expect: [] },
    { name: 'only the reader', h: H, go: [GO('func f() { C.lib_last_error(nil, 0) }')], expect: [] },
    { name: 'unlocked', h: H, go: [GO('func f() {\n\tC.lib_parse(nil)\n\tC.lib_last_error(nil, 0)\n}')], expect: ['unlocked 7 name=f reader=lib_last_error first=lib_parse'] },
  ],
};

for (const probe of PROBES) {
  test(`probe ${probe.meta.id}: valid and invalid cases`, async () => {
    const cases = CASES[probe.meta.id];
    assert.ok(cases !== undefined && cases.some((c) => c.expect.length === 0) && cases.some((c) => c.expect.length > 0), 'every probe has valid and invalid cases');
    for (const c of cases) {
      const found = probe.check(await boundary(c)).map((f) => [f.messageId, f.pos.line, ...Object.entries(f.data).filter(([k]) => k !== 'subject').map(([k, v]) => `${k}=${v}`)].join(' '));
      assert.deepEqual(found, c.expect, `${probe.meta.id}: ${c.name}`);
    }
  });
}

test('every probe names an audit rule that exists and a message for each messageId it reports', () => {
  for (const p of PROBES) {
    assert.ok(existsSync(new URL(`../../../playbooks/rules/${p.meta.answers}.yaml`, import.meta.url)), `${p.meta.id} answers ${p.meta.answers}`);
    assert.ok(Object.keys(p.meta.messages).length > 0);
  }
  assert.deepEqual(PROBES.map((p) => p.meta.id), [...new Set(PROBES.map((p) => p.meta.id))]);
});

test('no parser type leaves src/node/code: only its parser module imports web-tree-sitter', () => {
  const src = new URL('../../../src/', import.meta.url);
  const importers = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && /from ['"]web-tree-sitter['"]/.test(readFileSync(new URL(f, src), 'utf8')))
    .map((f) => f.split(sep).join('/'));
  assert.deepEqual(importers, ['node/code/parser.ts']);
});
