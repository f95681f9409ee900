// Contract <-> code drift: functions, parameter names, enum values and struct fields the contract states.
import type { ContractModel, EnumTypeModel, StructTypeModel } from '../contract/model.ts';
import type { Locator } from '../contract/locate.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { canonC } from './c-types.ts';
import { at, diag, exportedRust, generatingMacro } from './drift.ts';
import type { Boundary, CFunction, HeaderModel } from './model.ts';
import type { Pos } from './syntax.ts';

interface Ctx {
  contract: ContractModel;
  locate: Locator;
  file: string;
  out: Diagnostic[];
  /** `sources: only:`: the prefixes the contract covers; undefined covers every function. */
  only?: readonly string[];
}

function contractPos(ctx: Ctx, path: readonly (string | number)[]): Pos {
  const { line, column } = ctx.locate(path, 'key');
  return { file: ctx.file, line, column };
}

/** A contract parameter is found when a C parameter has its name, or its name plus a suffix (`data` -> `data_len`). */
function paramFound(name: string, c: CFunction): boolean {
  // A header that leaves a parameter unnamed (`void wasm_engine_delete(wasm_engine_t *);`) cannot contradict a name.
  return c.params.some((p) => p.name === '' || p.name === name || p.name.startsWith(`${name}_`));
}

function functions(ctx: Ctx, header: HeaderModel | undefined, boundary: Boundary): void {
  const exports = exportedRust(boundary);
  const inHeader = new Map((header?.functions ?? []).filter((f) => f.defined !== true).map((f) => [f.name, f]));
  const listed = new Set(ctx.contract.functions.map((f) => f.name));
  for (const fn of ctx.contract.functions) {
    const pos = contractPos(ctx, fn.path);
    const c = inHeader.get(fn.name);
    if (header !== undefined && c === undefined) ctx.out.push(diag('drift-contract-missing', pos, `the contract declares ${fn.name}, but the header ${header.file} does not`));
    const macro = boundary.rust.length > 0 && !exports.has(fn.name) ? generatingMacro(fn.name, boundary) : undefined;
    if (boundary.rust.length > 0 && !exports.has(fn.name) && macro === undefined) ctx.out.push(diag('drift-contract-missing', pos, `the contract declares ${fn.name}, but no Rust function exports it`));
    if (macro !== undefined) ctx.out.push({ ...diag('drift-contract-missing', pos, `the contract declares ${fn.name}; no Rust function the reader sees exports it, but ${macro.name}!(${macro.arg}) at ${at(macro.pos)} may generate it`, 'the reader does not expand macros from other crates: check the symbol with nm on the built library'), severity: 'warning' });
    if (c === undefined) continue;
    for (const p of fn.params) {
      if (!paramFound(p.name, c)) ctx.out.push(diag('drift-param-name', contractPos(ctx, p.path), `${fn.name} has no parameter named ${p.name} (or ${p.name}_...) in the header (${at(c.pos)})`, `the header's parameters are: ${c.params.map((x) => x.name || '(unnamed)').join(', ') || 'none'}`));
    }
  }
  const source = header !== undefined ? [...inHeader.values()].map((f) => ({ name: f.name, pos: f.pos })) : [...exports.values()].map((f) => ({ name: f.name, pos: f.pos }));
  const covered = (name: string): boolean => ctx.only === undefined || ctx.only.some((p) => name.startsWith(p));
  for (const f of source) {
    if (!listed.has(f.name) && covered(f.name)) ctx.out.push(diag('drift-contract-unlisted', f.pos, `${f.name} crosses the boundary but the contract ${ctx.file} does not declare it`, 'add it under functions: (interlock init --header drafts the entry)'));
  }
}

function enumDrift(ctx: Ctx, t: EnumTypeModel, header: HeaderModel): void {
  const values = new Map(header.enums.flatMap((e) => e.values).map((v) => [v.name, v]));
  for (const v of t.values) {
    const h = values.get(v.name);
    const pos = contractPos(ctx, v.path);
    if (h === undefined) ctx.out.push(diag('drift-enum-value', pos, `${t.name}.${v.name} is not an enum constant in the header ${header.file}`));
    else if (h.value !== undefined && h.value !== v.value) ctx.out.push(diag('drift-enum-value', pos, `${t.name}.${v.name} is ${v.value} in the contract but ${h.value} in the header (${at(h.pos)})`));
  }
}

/** snake_case of a contract type name: ByteVec -> byte_vec. */
function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * The header struct a contract type stands for: the same name, or else the one C name that is the type's name in
 * snake_case behind the library's prefix (Match -> rure_match, ByteVec -> wasm_byte_vec_t).
 */
function headerStruct(t: StructTypeModel, header: HeaderModel, library: string): HeaderModel['structs'][number] | undefined {
  const exact = header.structs.find((x) => x.name === t.name && x.fields !== undefined);
  if (exact !== undefined) return exact;
  const tail = `_${snake(t.name)}`;
  const prefixed = header.structs.filter((x) => x.fields !== undefined && x.name.replace(/_t$/, '').endsWith(tail));
  if (prefixed.length === 1) return prefixed[0];
  // wasm_val_t, wasmtime_val_t and wasmtime_component_val_t all end in _val: the library's own prefix decides.
  const own = prefixed.filter((x) => x.name.replace(/_t$/, '') === `${library}${tail}`);
  return own.length === 1 ? own[0] : undefined;
}

function structDrift(ctx: Ctx, t: StructTypeModel, header: HeaderModel): void {
  const s = headerStruct(t, header, ctx.contract.library.name);
  const pos = contractPos(ctx, t.path);
  if (s?.fields === undefined) {
    ctx.out.push(diag('drift-struct-field', pos, `the contract declares struct ${t.name}, but the header ${header.file} does not define its fields (looked for ${t.name}, or one struct named <prefix>_${snake(t.name)})`));
    return;
  }
  const structs = new Set(header.structs.map((x) => x.name));
  const n = Math.max(t.fields.length, s.fields.length);
  for (let i = 0; i < n; i += 1) {
    const cf = t.fields[i];
    const hf = s.fields[i];
    if (cf === undefined || hf === undefined) {
      ctx.out.push(diag('drift-struct-field', pos, `struct ${t.name} has ${t.fields.length} field(s) in the contract but ${s.fields.length} in the header (${at(s.pos)})`));
      return;
    }
    const fpos = contractPos(ctx, cf.path);
    if (cf.name !== hf.name) ctx.out.push(diag('drift-struct-field', fpos, `struct ${t.name} field ${i + 1} is ${cf.name} in the contract but ${hf.name} in the header (${at(hf.pos)})`));
    else if (canonC(cf.cType, structs) !== canonC(hf.type, structs)) ctx.out.push(diag('drift-struct-field', fpos, `struct ${t.name} field ${cf.name} is \`${cf.cType}\` in the contract but \`${hf.type}\` in the header (${at(hf.pos)})`));
  }
}

/** Everything the contract states that the code contradicts, positions on both sides. */
export function contractDrift(contract: ContractModel, locate: Locator, file: string, boundary: Boundary, only?: readonly string[]): Diagnostic[] {
  const ctx: Ctx = { contract, locate, file, out: [], ...(only !== undefined ? { only } : {}) };
  functions(ctx, boundary.header, boundary);
  const header = boundary.header;
  if (header !== undefined) {
    for (const t of contract.types) {
      if (t.kind === 'enum') enumDrift(ctx, t, header);
      else if (t.kind === 'struct') structDrift(ctx, t, header);
    }
  }
  return ctx.out;
}
