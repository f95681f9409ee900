// Drift between the header, the Rust exports and the Go call sites: every finding names both sides' positions.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { canonC, canonRust, typesDiffer } from './c-types.ts';
import type { Boundary, CFunction, CStruct, HeaderModel, RustFunction, RustStruct } from './model.ts';
import type { Pos } from './syntax.ts';

export function at(pos: Pos): string {
  return `${pos.file}:${pos.line}:${pos.column}`;
}

export function diag(code: string, pos: Pos, message: string, hint?: string): Diagnostic {
  return { code, severity: 'error', message, file: pos.file, line: pos.line, column: pos.column, ...(hint !== undefined ? { hint } : {}) };
}

/** cgo's own helpers and the libc calls a wrapper makes for itself: never the library's functions. */
const NOT_LIBRARY = new Set([
  'CString', 'CBytes', 'GoString', 'GoStringN', 'GoBytes', '_GoStringLen', '_GoStringPtr',
  'free', 'malloc', 'calloc', 'realloc', 'memcpy', 'memmove', 'memset', 'memcmp', 'strlen', 'strnlen', 'strcmp', 'abort', 'exit',
]);

/** C spellings cgo turns into Go types: a call `C.size_t(n)` is a conversion, not a call. */
const C_TYPE_WORDS = /^(char|schar|uchar|short|ushort|int|uint|long|ulong|longlong|ulonglong|float|double|bool|_Bool|size_t|ssize_t|\w+_t|struct_\w+|enum_\w+|union_\w+)$/;

export function exportedRust(boundary: Boundary): Map<string, RustFunction> {
  const out = new Map<string, RustFunction>();
  for (const f of boundary.rust) for (const fn of f.functions) if (fn.exported && !out.has(fn.name)) out.set(fn.name, fn);
  return out;
}

function headerStructs(header: HeaderModel): Set<string> {
  return new Set(header.structs.map((s) => s.name));
}

interface Names {
  /** Header struct names. */
  structs: ReadonlySet<string>;
  aliases: ReadonlyMap<string, string>;
  /** Header struct name -> Rust struct name, learned from signatures where the names differ. */
  pairs: Map<string, string>;
}

/** `interlock_reading *` in C against `*mut Reading` in Rust: the two names are one struct. */
function learnPair(c: string, r: string, names: Names): void {
  const cm = /^\*(?:const|mut) ([A-Za-z_]\w*)$/.exec(c);
  const rm = /^\*(?:const|mut) \?([A-Za-z_]\w*)$/.exec(r);
  if (cm !== null && rm !== null && names.structs.has(cm[1]!) && !names.pairs.has(cm[1]!)) names.pairs.set(cm[1]!, rm[1]!);
}

function compareSignature(c: CFunction, r: RustFunction, names: Names, out: Diagnostic[]): void {
  const structs = names.structs;
  if (c.params.length !== r.params.length) {
    out.push(diag('drift-param-count', c.pos, `${c.name} takes ${c.params.length} parameter(s) in the header but ${r.params.length} in Rust (${at(r.pos)})`, 'regenerate the header from the Rust code (cbindgen) rather than editing it by hand'));
    return;
  }
  c.params.forEach((p, i) => {
    const rp = r.params[i]!;
    const ct = canonC(p.type, structs);
    const rt = canonRust(rp.type, structs, names.aliases);
    learnPair(ct, rt, names);
    if (typesDiffer(ct, rt)) out.push(diag('drift-param-type', p.pos, `${c.name} parameter ${i + 1} (${p.name || 'unnamed'}) is \`${p.type}\` in the header but \`${rp.type}\` in Rust (${at(rp.pos)})`));
  });
  const cr = canonC(c.returns, structs);
  const rr = canonRust(r.returns, structs, names.aliases);
  learnPair(cr, rr, names);
  if (typesDiffer(cr, rr)) out.push(diag('drift-return-type', c.pos, `${c.name} returns \`${c.returns}\` in the header but \`${r.returns}\` in Rust (${at(r.pos)})`));
}

function compareStruct(c: CStruct, r: RustStruct, names: Names, out: Diagnostic[]): void {
  const structs = names.structs;
  if (c.fields === undefined) return;
  if (!r.reprC) out.push(diag('drift-struct-repr', r.pos, `struct ${r.name} crosses the boundary (header ${at(c.pos)}) but is not #[repr(C)]: Rust may reorder its fields`));
  const n = Math.max(c.fields.length, r.fields.length);
  for (let i = 0; i < n; i += 1) {
    const cf = c.fields[i];
    const rf = r.fields[i];
    if (cf === undefined || rf === undefined) {
      const pos = cf?.pos ?? rf?.pos ?? c.pos;
      out.push(diag('drift-struct-field', pos, `struct ${c.name} has ${c.fields.length} field(s) in the header (${at(c.pos)}) but ${r.fields.length} in Rust (${at(r.pos)})`));
      return;
    }
    const rt = canonRust(rf.type, structs, names.aliases);
    const shown = rt !== rf.type && !rt.includes('?') ? `${rf.type}\` (${rt})` : `${rf.type}\``;
    if (typesDiffer(canonC(cf.type, structs), rt)) out.push(diag('drift-struct-field', cf.pos, `struct ${c.name} field ${cf.name} is \`${cf.type}\` in the header but \`${shown} in Rust (${at(rf.pos)})`));
    // Only the place and type of a field reach the ABI: a name of its own on one side (`mod` is a Rust keyword) is a warning.
    else if (cf.name !== rf.name.replace(/^r#/, '')) out.push({ ...diag('drift-struct-field', cf.pos, `struct ${c.name} field ${i + 1} is named \`${cf.name}\` in the header but \`${rf.name}\` in Rust (${at(rf.pos)}); the types agree`), severity: 'warning' });
  }
}

/**
 * An item macro given a name the function's name starts with (`declare_own!(wasm_engine_t)` and
 * wasm_engine_delete): the likely source of an export the reader cannot see.
 */
export function generatingMacro(fn: string, boundary: Boundary): { name: string; arg: string; pos: Pos } | undefined {
  for (const f of boundary.rust) {
    for (const m of f.itemMacros) {
      const arg = m.args.find((a) => a.length > 3 && fn.startsWith(`${a.replace(/_t$/, '')}_`));
      if (arg !== undefined) return { name: m.name, arg, pos: m.pos };
    }
  }
  return undefined;
}

/** Header <-> Rust exports: missing on either side, signatures, repr(C) structs, constant values. */
function headerVsRust(header: HeaderModel, boundary: Boundary, out: Diagnostic[]): void {
  const exports = exportedRust(boundary);
  const names: Names = { structs: headerStructs(header), aliases: new Map(boundary.rust.flatMap((f) => f.aliases).map((a) => [a.name, a.type])), pairs: new Map() };
  const declared = new Set(header.functions.map((f) => f.name));
  for (const c of header.functions) {
    if (c.defined === true) continue;
    const r = exports.get(c.name);
    if (r !== undefined) {
      compareSignature(c, r, names, out);
      continue;
    }
    const m = generatingMacro(c.name, boundary);
    if (m === undefined) out.push(diag('drift-not-exported', c.pos, `the header declares ${c.name}, but no Rust function exports it (#[unsafe(no_mangle)] extern "C")`, 'the Go build links against a symbol that does not exist, or exists under another name'));
    else out.push({ ...diag('drift-not-exported', c.pos, `the header declares ${c.name}; no Rust function the reader sees exports it, but ${m.name}!(${m.arg}) at ${at(m.pos)} may generate it`, 'the reader does not expand macros from other crates: check the symbol with nm on the built library'), severity: 'warning' });
  }
  for (const r of exports.values()) {
    if (!declared.has(r.name)) out.push(diag('drift-not-declared', r.pos, `Rust exports ${r.name}, but the header ${header.file} does not declare it`));
  }
  const rustStructs = new Map(boundary.rust.flatMap((f) => f.structs).map((s) => [s.name, s]));
  for (const c of header.structs) {
    const r = rustStructs.get(names.pairs.get(c.name) ?? c.name);
    if (r !== undefined) compareStruct(c, r, names, out);
  }
  const consts = new Map(boundary.rust.flatMap((f) => f.consts).map((k) => [k.name, k]));
  for (const e of header.enums) {
    for (const v of e.values) {
      const k = consts.get(v.name);
      if (k !== undefined && v.value !== undefined && k.value !== v.value) out.push(diag('drift-constant-value', v.pos, `${v.name} is ${v.value} in the header but ${k.value} in Rust (${at(k.pos)})`));
    }
  }
}

/** Go -> header: every `C.name(...)` call names a function the header declares (or the preamble defines). */
function goVsHeader(header: HeaderModel, boundary: Boundary, out: Diagnostic[]): void {
  const known = new Set<string>([...header.functions.map((f) => f.name), ...header.typedefs, ...header.structs.map((s) => s.name)]);
  for (const e of header.enums) {
    if (e.name !== undefined) known.add(e.name);
    for (const v of e.values) known.add(v.name);
  }
  for (const m of header.macros) known.add(m.name);
  for (const file of boundary.go) {
    if (file.isTest) continue;
    const local = new Set(file.preambleFunctions);
    for (const fn of file.functions) {
      for (const call of fn.calls) {
        const m = /^C\.([A-Za-z_]\w*)$/.exec(call.callee);
        if (m === null) continue;
        const name = m[1]!;
        if (known.has(name) || local.has(name) || NOT_LIBRARY.has(name) || C_TYPE_WORDS.test(name)) continue;
        out.push(diag('drift-go-undeclared', call.pos, `Go calls C.${name}, which the header ${header.file} does not declare`));
      }
    }
  }
}

/** Go spellings of fixed-size types -> the canonical spelling canonC gives the C side. */
const GO_TYPES: Record<string, string> = {
  int8: 'i8', uint8: 'u8', byte: 'u8', int16: 'i16', uint16: 'u16', int32: 'i32', uint32: 'u32', rune: 'i32', int64: 'i64', uint64: 'u64',
  uintptr: 'usize', float32: 'f32', float64: 'f64', bool: 'bool',
};

function goKey(name: string): string {
  return name.toLowerCase().replace(/_/g, '');
}

/** A Go struct whose fields are the header struct's fields under Go names is a mirror: order and sizes must agree. */
function goMirrors(header: HeaderModel, boundary: Boundary, out: Diagnostic[]): void {
  const structs = headerStructs(header);
  for (const file of boundary.go) {
    if (file.isTest) continue;
    for (const g of file.structs) {
      if (g.fields.length < 2) continue;
      const keys = g.fields.map((f) => goKey(f.name)).sort().join(',');
      const c = header.structs.find((s) => s.fields !== undefined && s.fields.map((f) => goKey(f.name)).sort().join(',') === keys);
      if (c?.fields === undefined) continue;
      // The first field out of order is the finding; every later offset follows from it.
      const moved = g.fields.findIndex((f, i) => goKey(f.name) !== goKey(c.fields![i]!.name));
      if (moved >= 0) {
        const f = g.fields[moved]!;
        const cf = c.fields[moved]!;
        out.push(diag('drift-go-mirror', f.pos, `Go struct ${g.name} mirrors C struct ${c.name} (${at(c.pos)}), but its field ${moved + 1} is ${f.name} where C has ${cf.name} (${at(cf.pos)})`, 'a Go mirror must keep the C field order, or its offsets differ'));
        continue;
      }
      g.fields.forEach((f, i) => {
        const cf = c.fields![i]!;
        const goType = GO_TYPES[f.type];
        if (goType !== undefined && typesDiffer(canonC(cf.type, structs), goType)) out.push(diag('drift-go-mirror', f.pos, `Go struct ${g.name} field ${f.name} is ${f.type} but C field ${cf.name} is \`${cf.type}\` (${at(cf.pos)})`));
      });
    }
  }
}

/** Drift between the sources themselves (no contract): header vs Rust, Go vs header. */
export function sourceDrift(boundary: Boundary): Diagnostic[] {
  const out: Diagnostic[] = [];
  const header = boundary.header;
  if (header === undefined) return out;
  if (boundary.rust.length > 0) headerVsRust(header, boundary, out);
  if (boundary.go.length > 0) {
    goVsHeader(header, boundary, out);
    goMirrors(header, boundary, out);
  }
  return out;
}
