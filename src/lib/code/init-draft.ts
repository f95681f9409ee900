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
/** `char **` as the reader normalises it: where Rust writes the string it hands out. */
const OUT_TEXT = /^char \* ?\*$/;

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

/** What the header and the Rust code give directly. */
interface Found {
  header: HeaderModel;
  opaque: Set<string>;
  rust: Map<string, RustFunction>;
  /** Rust functions by name, exported or not, for one step into helpers. */
  all: Map<string, RustFunction>;
  /** Struct name -> size and alignment the C compiler computed, when one was run. */
  layouts: ReadonlyMap<string, { size: number; align: number }>;
}

/** Found, plus the types drafted from it, which the parameter and result lines use. */
interface Ctx extends Found {
  /** The Rust CString the library hands out and takes back, when the code shows both halves. */
  text?: DraftedText;
  /** Function -> the buffer type drafted for the pointer it returns into a handle's own memory. */
  lent: Map<string, string>;
  /** Opaque type -> the function that destroys it, where the name or the Rust body shows one. */
  destroys: Map<string, string>;
}

/** A string type the header cannot name: init names it after its release function, for the team to rename. */
interface DraftedText {
  name: string;
  create: string[];
  destroy: string;
}

function viaHelpers(ctx: Found, fn: RustFunction | undefined, test: (f: RustFunction) => boolean): boolean {
  if (fn === undefined) return false;
  return test(fn) || fn.calls.some((c) => {
    const h = ctx.all.get(c);
    return h !== undefined && !h.exported && test(h);
  });
}

/** Each opaque type's destroy: the first function taking it first that is named so or gives it to Box::from_raw. */
function draftDestroys(ctx: Found, fns: readonly CFunction[]): Map<string, string> {
  const frees = (f: CFunction): boolean => DESTROY.test(f.name) || viaHelpers(ctx, ctx.rust.get(f.name), (r) => r.idioms.boxFromRaw);
  const out = new Map<string, string>();
  for (const type of ctx.opaque) {
    const destroy = fns.find((f) => f.params.length > 0 && pointee(f.params[0]!.type) === type && frees(f));
    if (destroy !== undefined) out.set(type, destroy.name);
  }
  return out;
}

/** `st_string_free` -> `StString`: a name for a type only the code implies (the team may rename it). */
function pascal(name: string): string {
  return name.split('_').filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/**
 * A function taking back a `char *` with CString::from_raw, and functions handing one out through `char **` or
 * a `char *` return with CString::into_raw: together they are a Rust-owned string type.
 */
function draftText(ctx: Found, fns: readonly CFunction[]): DraftedText | undefined {
  const rust = (f: CFunction): RustFunction | undefined => ctx.rust.get(f.name);
  const destroy = fns.find((f) => f.params.length === 1 && f.params[0]!.type === 'char *' && viaHelpers(ctx, rust(f), (r) => r.idioms.cstringFromRaw));
  if (destroy === undefined) return undefined;
  const handsOut = (f: CFunction): boolean => (f.returns === 'char *' || f.params.some((p) => OUT_TEXT.test(p.type))) && viaHelpers(ctx, rust(f), (r) => r.idioms.cstringIntoRaw && !r.idioms.intoRawKept);
  const create = fns.filter(handsOut).map((f) => f.name);
  return create.length > 0 ? { name: pascal(destroy.name.replace(DESTROY, '')), create, destroy: destroy.name } : undefined;
}

/** A byte pointer returned into memory the first parameter's handle owns (`p.storage.as_mut_ptr()`): lent, not given. */
function draftLent(ctx: Found, fns: readonly CFunction[]): Map<string, string> {
  const lent = new Map<string, string>();
  const taken = new Set<string>(ctx.header.structs.map((s) => s.name));
  for (const f of fns) {
    const handle = f.params[0] !== undefined ? pointee(f.params[0].type) : undefined;
    if (!/^(uint8_t|unsigned char|void) \*$/.test(f.returns) || handle === undefined || !ctx.opaque.has(handle)) continue;
    if (!viaHelpers(ctx, ctx.rust.get(f.name), (r) => r.idioms.interiorPointer)) continue;
    let name = `${handle}Buffer`;
    for (let n = 2; taken.has(name); n += 1) name = `${handle}Buffer${n}`;
    taken.add(name);
    lent.set(f.name, name);
  }
  return lent;
}

/** A parameter or result of the drafted string type, or undefined when the C type is not one. */
function textParam(ctx: Ctx, fn: CFunction, type: string): string | undefined {
  const text = ctx.text;
  if (text === undefined) return undefined;
  if (OUT_TEXT.test(type) && text.create.includes(fn.name)) return flow([['type', text.name], ['from', 'rust'], ['pass', 'transfer'], ['out', TODO]]);
  if (type === 'char *' && fn.name === text.destroy) return flow([['type', text.name], ['pass', 'transfer'], ['nullable', TODO]]);
  return undefined;
}

/**
 * How long a borrowed handle must live. Kept whole in the object this call creates (`Iter { re }`): until that
 * object's destroy. Used to build it (`re.names()`), or kept with no destroy known: todo. Otherwise the call.
 */
function handleLifetime(ctx: Ctx, fn: CFunction, rust: RustFunction | undefined, i: number): string {
  const param = rust?.params[i]?.name.replace(/^mut /, '');
  if (rust === undefined || param === undefined) return TODO;
  const created = pointee(fn.returns);
  const until = created !== undefined && rust.idioms.boxIntoRaw ? ctx.destroys.get(created) : undefined;
  if (rust.storesParams.includes(param)) return until !== undefined ? `until:${until}` : TODO;
  return rust.buildsFromParams.includes(param) ? TODO : 'call';
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
    const drafted = textParam(ctx, fn, p.type);
    if (/^const (uint8_t|char|void) \*$/.test(p.type) && next !== undefined && /^size_t$/.test(next.type) && /len|size|count|n$/.test(next.name)) {
      const borrow = viaHelpers(ctx, rust, (f) => f.idioms.fromRawParts);
      const text = viaHelpers(ctx, rust, (f) => f.idioms.fromUtf8);
      out.push([name.replace(/_(ptr|data|buf)$/, ''), flow([['type', text ? 'string' : 'bytes'], ['from', 'go'], ['pass', borrow ? 'borrow' : TODO], ['lifetime', borrow ? 'call' : TODO]])]);
      i += 1;
    } else if (target !== undefined && ctx.opaque.has(target)) {
      out.push([name, destroys && i === 0 ? flow([['type', target], ['pass', 'transfer'], ['nullable', TODO]]) : flow([['type', target], ['pass', 'borrow'], ['lifetime', handleLifetime(ctx, fn, rust, i)]])]);
    } else if (SCALARS[p.type] !== undefined) {
      out.push([name, flow([['type', SCALARS[p.type]!], ['pass', 'copy']])]);
    } else if (drafted !== undefined) {
      out.push([name, drafted]);
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
  const lent = ctx.lent.get(fn.name);
  if (lent !== undefined) return flow([['type', lent], ['from', 'rust'], ['pass', 'borrow'], ['lifetime', TODO]]);
  if (fn.returns === 'char *' && ctx.text?.create.includes(fn.name) === true) return flow([['type', ctx.text.name], ['pass', 'transfer']]);
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
      lines.push(`  ${s.name}:`, '    kind: opaque', `    owner: ${creates.length > 0 ? 'rust' : TODO}`);
      lines.push(`    create: [${creates.join(', ')}]`);
      lines.push(`    destroy: ${ctx.destroys.get(s.name) ?? TODO}`, `    threads: ${TODO}`, ...doc);
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
  return [...lines, ...impliedTypeLines(ctx)];
}

/** Types the header has no name for, only the Rust code shows: named by init, marked so the team renames them. */
function impliedTypeLines(ctx: Ctx): string[] {
  const lines: string[] = [];
  if (ctx.text !== undefined) {
    const { name, create, destroy } = ctx.text;
    lines.push(`  ${name}: # named by interlock init after ${destroy}: rename it if you like`);
    lines.push('    kind: string', '    owner: rust', '    form: nul-terminated', `    create: [${create.join(', ')}]`, `    destroy: ${destroy}`);
    lines.push(`    doc: ${JSON.stringify(`A Rust CString: ${create.join(' and ')} ${create.length === 1 ? 'hands' : 'hand'} it out with into_raw, ${destroy} takes it back with CString::from_raw.`)}`);
  }
  for (const [fn, name] of ctx.lent) {
    lines.push(`  ${name}: # named by interlock init after ${fn}: rename it if you like`);
    lines.push('    kind: buffer', '    owner: rust', `    doc: ${JSON.stringify(`${fn} returns a pointer into memory its handle owns: lent for as long as the contract says, never freed by Go.`)}`);
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
  sources: { header: string; rust?: string; go?: string; only?: readonly string[] },
  layouts: ReadonlyMap<string, { size: number; align: number }> = new Map(),
): string {
  const header = boundary.header;
  const all = new Map<string, RustFunction>();
  for (const f of boundary.rust) for (const fn of f.functions) if (!all.has(fn.name)) all.set(fn.name, fn);
  const fns = header.functions.filter((f) => f.defined !== true);
  // What the code shows about the types comes first; the parameter and result lines then read it.
  const base: Found = { header, opaque: new Set(header.structs.filter((s) => s.fields === undefined).map((s) => s.name)), rust: exportedRust(boundary), all, layouts };
  const text = draftText(base, fns);
  const ctx: Ctx = { ...base, destroys: draftDestroys(base, fns), lent: draftLent(base, fns), ...(text !== undefined ? { text } : {}) };
  const types = typeLines(ctx, fns);
  const out = [
    `# Drafted by interlock init from ${sources.header}${sources.rust !== undefined ? ` and ${sources.rust}` : ''}.`,
    '# Every `todo` is a decision the code does not show: replace each one, then run interlock check and interlock drift.',
    // `out:` and `sources: only:` exist from format 1.1 on: a draft asks for the newer format only when it writes one.
    `interlock: ${ctx.text !== undefined || sources.only !== undefined ? '1.1' : '1'}`,
    `library: { name: ${q(libraryName(header))}, abi: ${abi(header)}, go_package: ${TODO} }`,
  ];
  if (types.length > 0) out.push('types:', ...types);
  out.push('functions:', ...(fns.length > 0 ? fns.flatMap((f) => functionLines(ctx, f)) : ['  {}']));
  out.push('sources:', `  header: ${q(sources.header)}`);
  if (sources.rust !== undefined) out.push(`  rust: ${q(sources.rust)}`);
  if (sources.go !== undefined) out.push(`  go: ${q(sources.go)}`);
  if (sources.only !== undefined) out.push(`  only: [${sources.only.join(', ')}]`);
  return `${out.join('\n')}\n`;
}
