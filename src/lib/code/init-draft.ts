// Boundary model -> a draft contract (YAML text): what the header and the Rust code show, `todo` for the rest.
import type { Boundary, CFunction, CParam, HeaderModel, RustFunction } from './model.ts';
import { exportedRust } from './drift.ts';

/** The header's C spelling -> the contract's built-in value type, for plain integers and floats. */
const SCALARS: Record<string, string> = {
  int8_t: 'i8', uint8_t: 'u8', int16_t: 'i16', uint16_t: 'u16', int32_t: 'i32', uint32_t: 'u32', int64_t: 'i64', uint64_t: 'u64',
  size_t: 'usize', uintptr_t: 'usize', intptr_t: 'isize', ssize_t: 'isize', bool: 'bool', _Bool: 'bool', float: 'f32', double: 'f64',
  int: 'i32', 'unsigned int': 'u32', long: 'i64', 'unsigned long': 'u64', char: 'i8',
};

const DESTROY = /(^|_)(free|destroy|close|release|delete|drop|dispose)$/;
const TODO = 'todo';

/** A YAML scalar: plain when it is obviously safe, else a JSON string (a valid YAML double-quoted scalar). */
function q(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_. -]*$/.test(text) && !/^(true|false|null|yes|no|on|off|todo)$/i.test(text) && !/[ .-]$/.test(text) ? text : JSON.stringify(text);
}

function flow(entries: readonly [string, string][]): string {
  return `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

function pointee(type: string): string | undefined {
  return /^(?:const )?([A-Za-z_]\w*) \*$/.exec(type)?.[1];
}

interface Ctx {
  header: HeaderModel;
  opaque: Set<string>;
  rust: Map<string, RustFunction>;
  /** Rust functions by name, exported or not, for one step into helpers. */
  all: Map<string, RustFunction>;
  /** Struct name -> size and alignment the C compiler computed, when one was run. */
  layouts: ReadonlyMap<string, { size: number; align: number }>;
}

function viaHelpers(ctx: Ctx, fn: RustFunction | undefined, test: (f: RustFunction) => boolean): boolean {
  if (fn === undefined) return false;
  return test(fn) || fn.calls.some((c) => {
    const h = ctx.all.get(c);
    return h !== undefined && !h.exported && test(h);
  });
}

/** Parameters, with a (pointer, length) pair folded into one `bytes` parameter. */
function params(ctx: Ctx, fn: CFunction, rust: RustFunction | undefined): [string, string][] {
  const out: [string, string][] = [];
  // A destroy by its name (`*_free`) or by its code: the Rust body gives the pointer back to Box::from_raw.
  const destroys = DESTROY.test(fn.name) || viaHelpers(ctx, rust, (f) => f.idioms.boxFromRaw);
  for (let i = 0; i < fn.params.length; i += 1) {
    const p = fn.params[i]!;
    const next: CParam | undefined = fn.params[i + 1];
    const name = p.name || `arg${i + 1}`;
    const target = pointee(p.type);
    if (/^const (uint8_t|char|void) \*$/.test(p.type) && next !== undefined && /^size_t$/.test(next.type) && /len|size|count|n$/.test(next.name)) {
      const borrow = viaHelpers(ctx, rust, (f) => f.idioms.fromRawParts);
      const text = viaHelpers(ctx, rust, (f) => f.idioms.fromUtf8);
      out.push([name.replace(/_(ptr|data|buf)$/, ''), flow([['type', text ? 'string' : 'bytes'], ['from', 'go'], ['pass', borrow ? 'borrow' : TODO], ['lifetime', borrow ? 'call' : TODO]])]);
      i += 1;
    } else if (target !== undefined && ctx.opaque.has(target)) {
      out.push([name, destroys && i === 0 ? flow([['type', target], ['pass', 'transfer'], ['nullable', TODO]]) : flow([['type', target], ['pass', 'borrow'], ['lifetime', 'call']])]);
    } else if (SCALARS[p.type] !== undefined) {
      out.push([name, flow([['type', SCALARS[p.type]!], ['pass', 'copy']])]);
    } else if (p.type === 'fnptr') {
      out.push([name, flow([['type', 'callback'], ['context', TODO], ['runs-on', TODO]])]);
    } else if (/^const char \*$/.test(p.type)) {
      out.push([name, flow([['type', 'string'], ['from', 'go'], ['pass', TODO], ['lifetime', TODO]])]);
    } else if (target !== undefined && ctx.header.structs.some((x) => x.name === target)) {
      // A struct by pointer: an out-parameter Rust fills, or input Go lends; the signature cannot tell.
      out.push([name, flow([['type', target], ['from', TODO], ['pass', TODO], ['lifetime', TODO]])]);
    } else {
      // Out-parameters of built-in types and arrays: format 1 names them by a declared type.
      out.push([name, flow([['type', TODO], ['pass', TODO], ['doc', JSON.stringify(`C type ${p.type}`)]])]);
    }
  }
  return out;
}

function returns(ctx: Ctx, fn: CFunction, rust: RustFunction | undefined): string | undefined {
  if (fn.returns === 'void') return undefined;
  const target = pointee(fn.returns);
  if (target !== undefined && ctx.opaque.has(target)) {
    const creates = viaHelpers(ctx, rust, (f) => f.idioms.boxIntoRaw);
    return flow([['type', target], ['pass', creates ? 'transfer' : TODO]]);
  }
  if (SCALARS[fn.returns] !== undefined) return flow([['type', SCALARS[fn.returns]!], ['pass', 'copy']]);
  return flow([['type', TODO], ['pass', TODO], ['doc', JSON.stringify(`C type ${fn.returns}`)]]);
}

function functionLines(ctx: Ctx, fn: CFunction): string[] {
  const rust = ctx.rust.get(fn.name);
  const lines = [`  ${fn.name}:`];
  if (fn.doc !== undefined) lines.push(`    doc: ${JSON.stringify(fn.doc)}`);
  const ps = params(ctx, fn, rust);
  if (ps.length > 0) lines.push('    params:', ...ps.map(([k, v]) => `      ${k}: ${v}`));
  const ret = returns(ctx, fn, rust);
  if (ret !== undefined) lines.push(`    returns: ${ret}`);
  lines.push(`    errors: ${TODO}`);
  // A macro that catches and then aborts (ffi_fn!) makes the policy abort, not catch.
  const panics = rust?.abortsOnPanic === true ? 'abort' : viaHelpers(ctx, rust, (f) => f.catchesUnwind) ? 'catch' : TODO;
  lines.push(`    panics: ${panics}`);
  return lines;
}

function typeLines(ctx: Ctx, fns: readonly CFunction[]): string[] {
  const lines: string[] = [];
  for (const s of ctx.header.structs) {
    const doc = s.doc !== undefined ? [`    doc: ${JSON.stringify(s.doc)}`] : [];
    if (s.fields === undefined) {
      const creates = fns.filter((f) => pointee(f.returns) === s.name).map((f) => f.name);
      const frees = (f: CFunction): boolean => DESTROY.test(f.name) || viaHelpers(ctx, ctx.rust.get(f.name), (r) => r.idioms.boxFromRaw);
      const destroy = fns.find((f) => f.params.length > 0 && pointee(f.params[0]!.type) === s.name && frees(f));
      lines.push(`  ${s.name}:`, '    kind: opaque', `    owner: ${creates.length > 0 ? 'rust' : TODO}`);
      lines.push(`    create: [${creates.join(', ')}]`);
      lines.push(`    destroy: ${destroy?.name ?? TODO}`, `    threads: ${TODO}`, ...doc);
    } else {
      const layout = ctx.layouts.get(s.name);
      lines.push(`  ${s.name}:`, '    kind: struct', '    fields:', ...s.fields.map((f) => `      - ${flow([['name', f.name], ['type', q(f.type)]])}`));
      lines.push(`    size: ${layout?.size ?? TODO}`, `    align: ${layout?.align ?? TODO}`, ...doc);
    }
  }
  for (const e of ctx.header.enums) {
    if (e.name === undefined) {
      lines.push(`  # ${e.pos.file}:${e.pos.line} declares ${e.values.map((v) => v.name).join(', ')} in an anonymous enum: declare a type here if they cross as one.`);
      continue;
    }
    const values = e.values.map((v) => `${v.name}: ${v.value ?? TODO}`);
    lines.push(`  ${e.name}:`, '    kind: enum', `    values: { ${values.join(', ')} }`);
  }
  return lines;
}

function libraryName(header: HeaderModel): string {
  const base = header.file.split(/[\\/]/).at(-1)!.replace(/\.h$/, '');
  return base.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
}

/** "MAJOR.MINOR" from *_VERSION_MAJOR / *_ABI_MAJOR style macros, when the header has both. */
function abi(header: HeaderModel): string {
  const find = (part: string): string | undefined => header.macros.find((m) => new RegExp(`(ABI|VERSION).*${part}$`).test(m.name) && /^\d+$/.test(m.value))?.value;
  const major = find('MAJOR');
  const minor = find('MINOR');
  return major !== undefined && minor !== undefined ? `"${major}.${minor}"` : TODO;
}

/** A draft contract for the header; Rust, when given, confirms ownership and panic handling. */
export function draftContract(
  boundary: Boundary & { header: HeaderModel },
  sources: { header: string; rust?: string; go?: string },
  layouts: ReadonlyMap<string, { size: number; align: number }> = new Map(),
): string {
  const header = boundary.header;
  const all = new Map<string, RustFunction>();
  for (const f of boundary.rust) for (const fn of f.functions) if (!all.has(fn.name)) all.set(fn.name, fn);
  const ctx: Ctx = { header, opaque: new Set(header.structs.filter((s) => s.fields === undefined).map((s) => s.name)), rust: exportedRust(boundary), all, layouts };
  const fns = header.functions.filter((f) => f.defined !== true);
  const types = typeLines(ctx, fns);
  const out = [
    `# Drafted by interlock init from ${sources.header}${sources.rust !== undefined ? ` and ${sources.rust}` : ''}.`,
    '# Every `todo` is a decision the code does not show: replace each one, then run interlock check and interlock drift.',
    'interlock: 1',
    `library: { name: ${q(libraryName(header))}, abi: ${abi(header)}, go_package: ${TODO} }`,
  ];
  if (types.length > 0) out.push('types:', ...types);
  out.push('functions:', ...(fns.length > 0 ? fns.flatMap((f) => functionLines(ctx, f)) : ['  {}']));
  out.push('sources:', `  header: ${q(sources.header)}`);
  if (sources.rust !== undefined) out.push(`  rust: ${q(sources.rust)}`);
  if (sources.go !== undefined) out.push(`  go: ${q(sources.go)}`);
  return `${out.join('\n')}\n`;
}
