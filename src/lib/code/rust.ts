// Rust source -> RustFileModel: exported extern "C" functions, repr(C) structs, unsafe blocks, for one variant.
import { cfgHolds } from './conditions.ts';
import type { Variant } from './conditions.ts';
import type { ExportMacro, PanicSite, RustFileModel, RustFunction, RustParam, RustStruct, UnsafeBlock } from './model.ts';
import { find, kids, leadingComment, posOf } from './syntax.ts';
import type { SyntaxNode } from './syntax.ts';

const BODY_TYPES = ['macro_invocation', 'call_expression', 'index_expression', 'binary_expression'];

const PANIC_MACROS = new Set(['panic', 'unreachable', 'todo', 'unimplemented', 'assert', 'assert_eq', 'assert_ne']);

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isExported(attrs: readonly string[], fn: SyntaxNode): boolean {
  const mods = kids(fn).find((k) => k.type === 'function_modifiers');
  const abi = mods !== undefined ? kids(mods).find((k) => k.type === 'extern_modifier') : undefined;
  if (abi === undefined || !/"C(-unwind)?"/.test(abi.text)) return false;
  return attrs.some((a) => /\bno_mangle\b|\bexport_name\b/.test(a));
}

function calleeText(call: SyntaxNode): string {
  return squash(call.childForFieldName('function')?.text ?? '');
}

function panicSite(n: SyntaxNode, file: string): PanicSite | undefined {
  if (n.type === 'macro_invocation') {
    const name = n.childForFieldName('macro')?.text ?? '';
    return PANIC_MACROS.has(name) ? { what: `${name}!`, pos: posOf(n, file) } : undefined;
  }
  if (n.type === 'call_expression') {
    const f = n.childForFieldName('function');
    const field = f?.type === 'field_expression' ? f.childForFieldName('field')?.text : undefined;
    if (field === 'unwrap' || field === 'expect') return { what: `${field}()`, pos: posOf(f!.childForFieldName('field')!, file) };
    return undefined;
  }
  // `x[..]` takes the whole slice and cannot panic; any other index or range can.
  if (n.type === 'index_expression') return kids(n)[1]?.text === '..' ? undefined : { what: 'indexing', pos: posOf(n, file) };
  if (n.type === 'binary_expression') {
    const op = n.children[1]?.type;
    const right = n.childForFieldName('right');
    // Dividing by a non-zero literal cannot panic; by anything else it can.
    if ((op === '/' || op === '%') && !(right?.type === 'integer_literal' && !/^0+(_?[iu]\d+)?$/.test(right.text))) {
      return { what: op === '/' ? 'division' : 'remainder', pos: posOf(n, file) };
    }
  }
  return undefined;
}

/** `p.a.b` with `p` a parameter: a place inside the object the parameter points to. */
function paramField(node: SyntaxNode | null, paramNames: ReadonlySet<string>): boolean {
  if (node?.type !== 'field_expression') return false;
  let root: SyntaxNode | null = node;
  while (root?.type === 'field_expression') root = root.childForFieldName('value');
  return root?.type === 'identifier' && paramNames.has(root.text);
}

/** `p.storage.as_mut_ptr()` with `p` a parameter: the pointer points into what the parameter's object owns. */
function interiorPointer(call: SyntaxNode, paramNames: ReadonlySet<string>): boolean {
  const f = call.childForFieldName('function');
  if (f?.type !== 'field_expression' || !/^as_(mut_)?ptr$/.test(f.childForFieldName('field')?.text ?? '')) return false;
  return paramField(f.childForFieldName('value'), paramNames);
}

/**
 * Parameters written into a struct the body builds: `Iter { re: re }` or `Iter { re }` keeps the pointer itself
 * (whole); `Names { names: re.names() }` builds from it, which may or may not keep a borrow (part).
 */
function paramsInFields(body: SyntaxNode, paramNames: ReadonlySet<string>): { whole: string[]; part: string[] } {
  const whole = new Set<string>();
  const part = new Set<string>();
  for (const f of find(body, ['field_initializer', 'shorthand_field_initializer'])) {
    const value = f.type === 'shorthand_field_initializer' ? f.namedChildren[0] ?? null : f.childForFieldName('value');
    if (value === null) continue;
    if (value.type === 'identifier' && paramNames.has(value.text)) whole.add(value.text);
    else for (const id of find(value, ['identifier'])) if (paramNames.has(id.text)) part.add(id.text);
  }
  return { whole: [...whole].sort(), part: [...part].filter((p) => !whole.has(p)).sort() };
}

/**
 * An into_raw pointer also stored in a parameter's object (`it.name_ptrs.push(ptr)`, `h.last = ptr`): the
 * object keeps ownership and frees it itself, so the caller only borrows what it is handed.
 */
function keepsRaw(body: SyntaxNode, paramNames: ReadonlySet<string>): boolean {
  const raw = /\binto_raw\s*\(/;
  const names = new Set(find(body, ['let_declaration']).filter((l) => raw.test(l.childForFieldName('value')?.text ?? '')).map((l) => l.childForFieldName('pattern')?.text ?? ''));
  const isRaw = (n: SyntaxNode | null): boolean => n !== null && (names.has(n.text) || raw.test(n.text));
  for (const n of find(body, ['call_expression', 'assignment_expression'])) {
    if (n.type === 'assignment_expression' && paramField(n.childForFieldName('left'), paramNames) && isRaw(n.childForFieldName('right'))) return true;
    const f = n.childForFieldName('function');
    const args = n.childForFieldName('arguments');
    if (f?.type === 'field_expression' && args !== null && paramField(f.childForFieldName('value'), paramNames) && kids(args).some(isRaw)) return true;
  }
  return false;
}

function params(fn: SyntaxNode, file: string): RustParam[] {
  const list = fn.childForFieldName('parameters');
  if (list === null) return [];
  return kids(list)
    .filter((p) => p.type === 'parameter')
    .map((p) => ({ name: p.childForFieldName('pattern')?.text ?? '', type: squash(p.childForFieldName('type')?.text ?? ''), pos: posOf(p, file) }));
}

function readFunction(fn: SyntaxNode, attrs: readonly string[], file: string): RustFunction {
  const calls = new Set<string>();
  const panicSites: PanicSite[] = [];
  let catchesUnwind = false;
  const idioms = { boxIntoRaw: false, boxFromRaw: false, cstringIntoRaw: false, cstringFromRaw: false, fromRawParts: false, fromUtf8: false, interiorPointer: false, intoRawKept: false };
  const ownParams = params(fn, file);
  const paramNames = new Set(ownParams.map((p) => p.name.replace(/^mut /, '')));
  // `c.into_raw()` is a CString's only when the body makes one: Box and Arc have into_raw too.
  let makesCString = false;
  let intoRawMethod = false;
  const body = fn.childForFieldName('body');
  if (body !== null) {
    for (const n of find(body, BODY_TYPES)) {
      const site = panicSite(n, file);
      if (site !== undefined) panicSites.push(site);
      if (n.type !== 'call_expression') continue;
      const callee = calleeText(n);
      const last = callee.split('::').at(-1) ?? callee;
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(last)) calls.add(last);
      if (last === 'catch_unwind') catchesUnwind = true;
      if (/\bBox\s*::\s*into_raw$/.test(callee)) idioms.boxIntoRaw = true;
      if (/\bBox\s*::\s*from_raw$/.test(callee)) idioms.boxFromRaw = true;
      if (/\bCString\s*::\s*into_raw$/.test(callee)) idioms.cstringIntoRaw = true;
      if (/\bCString\s*::\s*from_raw$/.test(callee)) idioms.cstringFromRaw = true;
      if (last === 'from_raw_parts' || last === 'from_raw_parts_mut') idioms.fromRawParts = true;
      // str::from_utf8 on the borrowed bytes: the (pointer, length) pair is text, not bytes.
      if (last === 'from_utf8' || last === 'from_utf8_unchecked') idioms.fromUtf8 = true;
      if (/\bCString\s*::\s*(new|from_vec_unchecked|from_vec_with_nul)$/.test(callee)) makesCString = true;
      if (/^[a-z_]\w*\.into_raw$/.test(callee)) intoRawMethod = true;
      if (interiorPointer(n, paramNames)) idioms.interiorPointer = true;
    }
  }
  if (makesCString && intoRawMethod) idioms.cstringIntoRaw = true;
  if (body !== null) idioms.intoRawKept = keepsRaw(body, paramNames);
  const intoFields = body === null ? { whole: [], part: [] } : paramsInFields(body, paramNames);
  const ret = fn.childForFieldName('return_type');
  const doc = leadingDocs(fn);
  return {
    name: fn.childForFieldName('name')!.text,
    exported: isExported(attrs, fn),
    params: ownParams,
    returns: ret !== null ? squash(ret.text) : '()',
    pos: posOf(fn.childForFieldName('name')!, file),
    calls: [...calls].sort(),
    catchesUnwind,
    panicSites,
    idioms,
    storesParams: intoFields.whole,
    buildsFromParams: intoFields.part,
    ...(doc !== undefined ? { doc } : {}),
  };
}

/** Doc comments sit above the attributes: skip attribute items on the way up. */
function leadingDocs(fn: SyntaxNode): string | undefined {
  let first = fn;
  while (first.previousNamedSibling?.type === 'attribute_item' && first.previousNamedSibling.endPosition.row === first.startPosition.row - 1) first = first.previousNamedSibling;
  const doc = leadingComment(first);
  return doc?.split('\n').filter((l) => !l.startsWith('# Safety')).join('\n').trim() || undefined;
}

function readStruct(node: SyntaxNode, attrs: readonly string[], file: string): RustStruct {
  const body = node.childForFieldName('body');
  const fields = body === null ? [] : kids(body).filter((f) => f.type === 'field_declaration').map((f) => ({ name: f.childForFieldName('name')?.text ?? '', type: squash(f.childForFieldName('type')?.text ?? ''), pos: posOf(f, file) }));
  return { name: node.childForFieldName('name')!.text, reprC: attrs.some((a) => /repr\s*\(\s*C\b/.test(a)), fields, pos: posOf(node, file) };
}

/** Reads the items of one file (or inline module) whose cfg holds for the variant. */
export function readRust(root: SyntaxNode, file: string, variant: Variant): RustFileModel {
  const model: RustFileModel = { file, functions: [], structs: [], unsafeBlocks: [], consts: [], aliases: [], modules: [], exportMacros: [], itemMacros: [] };
  const comments = commentRows(root);
  const visit = (items: SyntaxNode[]): void => {
    let attrs: string[] = [];
    for (const item of items) {
      if (item.type === 'attribute_item') {
        attrs.push(item.text);
        continue;
      }
      if (item.type.endsWith('comment')) continue;
      const held = cfgHolds(attrs, variant);
      const itemAttrs = attrs;
      attrs = [];
      if (!held) continue;
      collectUnsafe(item, file, comments, model.unsafeBlocks);
      if (item.type === 'function_item') model.functions.push(readFunction(item, itemAttrs, file));
      else if (item.type === 'struct_item') model.structs.push(readStruct(item, itemAttrs, file));
      else if (item.type === 'const_item') readConst(item, file, model);
      else if (item.type === 'macro_definition') {
        const exported = exportMacro(item);
        if (exported !== undefined) model.exportMacros.push(exported);
      }
      else if (item.type === 'macro_invocation') readItemMacro(item, file, model);
      // `path::declare_own!(T);` at item level parses as a statement around the invocation.
      else if (item.type === 'expression_statement' && item.namedChildren[0]?.type === 'macro_invocation') readItemMacro(item.namedChildren[0], file, model);
      else if (item.type === 'type_item') {
        const name = item.childForFieldName('name')?.text;
        const type = item.childForFieldName('type')?.text;
        if (name !== undefined && type !== undefined) model.aliases.push({ name, type: squash(type) });
      }
      else if (item.type === 'mod_item') {
        const body = item.childForFieldName('body');
        const path = itemAttrs.map((a) => /^#\s*\[\s*path\s*=\s*"([^"]+)"\s*\]$/.exec(a.trim())?.[1]).find((p) => p !== undefined);
        if (body === null) model.modules.push({ name: item.childForFieldName('name')!.text, ...(path !== undefined ? { path } : {}) });
        else visitModule(body);
      }
    }
  };
  const visitModule = (body: SyntaxNode): void => visit(kids(body));
  visit(kids(root));
  return model;
}

/**
 * An item macro whose body is not a function (`wasmtime_c_api_macros::declare_own!(wasm_engine_t);`): it may
 * generate exports the reader cannot see, so drift names it beside a header function Rust seems to lack.
 */
function readItemMacro(item: SyntaxNode, file: string, model: RustFileModel): void {
  const tree = kids(item).find((k) => k.type === 'token_tree');
  const name = item.childForFieldName('macro')?.text ?? kids(item).find((k) => k.type === 'identifier')?.text;
  if (tree === undefined || name === undefined || /^[{(\[]\s*(pub\s+)?(unsafe\s+)?fn\s/.test(tree.text)) return;
  const args = [...new Set(tree.text.match(/\b[A-Za-z_]\w*\b/g) ?? [])];
  model.itemMacros.push({ name, args, pos: posOf(item, file) });
}

/**
 * `&raw.error` borrows a field of a variable named `raw`, but tree-sitter-rust 0.24 reads `&raw` as the start of
 * a raw borrow (`&raw const x`) and fails. Such a `raw` becomes `rAw`, the same length, so positions hold.
 */
export function maskRawLookalikes(text: string): string {
  return text.replace(/&raw(?=\s*[.,;)\][])/g, '&rAw');
}

/** Row -> comment text for every comment, so a SAFETY note is found by line. */
function commentRows(root: SyntaxNode): Map<number, string> {
  const rows = new Map<number, string>();
  for (const n of find(root, ['line_comment', 'block_comment'])) {
    for (let r = n.startPosition.row; r <= n.endPosition.row; r += 1) rows.set(r, `${rows.get(r) ?? ''} ${n.text}`);
  }
  return rows;
}

function collectUnsafe(item: SyntaxNode, file: string, comments: Map<number, string>, out: UnsafeBlock[]): void {
  if (item.type === 'mod_item') return;
  for (const n of find(item, ['unsafe_block'])) {
    let stmt = n;
    while (stmt.parent !== null && stmt.parent.type !== 'block' && stmt.parent.type !== 'source_file') stmt = stmt.parent;
    out.push({ pos: posOf(n, file), justified: safetyNear(n.startPosition.row, comments) || safetyNear(stmt.startPosition.row, comments) || firstInside(n, comments) });
  }
}

const SAFETY = /SAFETY:/;

/** A SAFETY comment on the row itself or in the run of comment lines right above it. */
function safetyNear(row: number, comments: Map<number, string>): boolean {
  if (SAFETY.test(comments.get(row) ?? '')) return true;
  for (let r = row - 1; comments.has(r); r -= 1) if (SAFETY.test(comments.get(r)!)) return true;
  return false;
}

function firstInside(block: SyntaxNode, comments: Map<number, string>): boolean {
  const inner = kids(block).find((k) => k.type === 'block');
  const first = inner !== undefined ? kids(inner)[0] : undefined;
  return first !== undefined && first.type.endsWith('comment') && SAFETY.test(comments.get(first.startPosition.row) ?? '');
}

function readConst(item: SyntaxNode, file: string, model: RustFileModel): void {
  const value = item.childForFieldName('value');
  const name = item.childForFieldName('name');
  if (value === null || name === null) return;
  const t = value.text.replace(/_/g, '').replace(/(i|u)(8|16|32|64|size)$/, '').trim();
  const m = /^(-?)\s*(0x[0-9a-fA-F]+|\d+)$/.exec(t);
  if (m === null) return;
  const n = Number(m[2]);
  if (Number.isSafeInteger(n)) model.consts.push({ name: name.text, value: m[1] === '-' ? -n : n, pos: posOf(name, file) });
}

/** A macro_rules! whose rules expand to a `#[no_mangle]` (or `export_name`) extern function. */
function exportMacro(def: SyntaxNode): ExportMacro | undefined {
  const name = def.childForFieldName('name')?.text ?? kids(def).find((k) => k.type === 'identifier')?.text;
  const expansions = kids(def).filter((k) => k.type === 'macro_rule').map((r) => kids(r).find((k) => k.type === 'token_tree')?.text ?? '').join('\n');
  if (name === undefined || !/\bno_mangle\b|\bexport_name\b/.test(expansions) || !/\bextern\b/.test(expansions)) return undefined;
  const catchesUnwind = /\bcatch_unwind\b/.test(expansions);
  return { name, catchesUnwind, abortsOnPanic: catchesUnwind && /\babort\s*\(/.test(expansions) };
}

/** An item-level macro invocation whose body is a function (`ffi_fn! { fn name(...) { ... } }`). */
interface MacroBody {
  macro: string;
  /** The body without its outer delimiters, preceded by blank lines and spaces so it parses at its own line and column. */
  text: string;
}

/** The item macros of a file whose body defines a function: the reader parses each body again as Rust items. */
export function macroBodies(root: SyntaxNode): MacroBody[] {
  const out: MacroBody[] = [];
  for (const item of kids(root)) {
    if (item.type !== 'macro_invocation') continue;
    const tree = kids(item).find((k) => k.type === 'token_tree');
    const name = item.childForFieldName('macro')?.text ?? kids(item).find((k) => k.type === 'identifier')?.text;
    if (tree === undefined || name === undefined || !/^[{(\[]\s*(pub\s+)?(unsafe\s+)?fn\s/.test(tree.text)) continue;
    const pad = '\n'.repeat(tree.startPosition.row) + ' '.repeat(tree.startPosition.column + 1);
    out.push({ macro: name, text: pad + tree.text.slice(1, -1) });
  }
  return out;
}

/** Functions written inside an exporting macro are exported, and unwinding is caught when the expansion catches it. */
export function resolveMacroExports(files: readonly RustFileModel[]): void {
  const macros = new Map(files.flatMap((f) => f.exportMacros.map((m) => [m.name, m] as const)));
  for (const fn of files.flatMap((f) => f.functions)) {
    const m = fn.macro !== undefined ? macros.get(fn.macro) : undefined;
    if (m === undefined) continue;
    fn.exported = true;
    if (m.catchesUnwind) fn.catchesUnwind = true;
    if (m.abortsOnPanic) fn.abortsOnPanic = true;
  }
}
