// C header -> HeaderModel: functions, structs (opaque or with fields), enums, #defines and typedef names.
import type { CEnum, CEnumValue, CField, CParam, CStruct, HeaderModel } from './model.ts';
import { kids, leadingComment, posOf, sameNode, trailingComment } from './syntax.ts';
import type { SyntaxNode } from './syntax.ts';

/**
 * Blanks `#ifdef __cplusplus ... #endif` blocks (the `extern "C" {` guard every generated header has),
 * keeping line breaks so positions stay true: the C grammar cannot parse a C++ linkage block.
 */
export function maskCplusplus(text: string): string {
  const lines = text.split('\n');
  let depth = 0;
  let masking = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const t = lines[i]!.trim();
    const opens = /^#\s*if/.test(t);
    if (masking === 0 && /^#\s*(ifdef\s+__cplusplus|if\s+defined\s*\(?\s*__cplusplus)/.test(t)) masking = depth + 1;
    if (opens) depth += 1;
    const closes = /^#\s*endif/.test(t);
    if (masking > 0) lines[i] = lines[i]!.replace(/[^\r]/g, ' ');
    if (closes) {
      if (masking === depth) masking = 0;
      depth -= 1;
    }
  }
  return lines.join('\n');
}

interface Declared {
  name: string;
  type: string;
  node: SyntaxNode;
  fn?: SyntaxNode;
}

/**
 * Unwraps pointer, array and parenthesised declarators into a name and the full type text. An abstract
 * declarator (a parameter without a name: `const char *`) gives the type with an empty name.
 */
function declare(base: string, declarator: SyntaxNode | null): Declared | undefined {
  let type = base;
  let abstract = false;
  for (let d = declarator; d !== null; ) {
    switch (d.type) {
      case 'identifier':
      case 'field_identifier':
      case 'type_identifier':
        return { name: d.text, type: type.trim(), node: d };
      case 'pointer_declarator':
      case 'abstract_pointer_declarator': {
        const quals = kids(d).filter((k) => k.type === 'type_qualifier').map((k) => ` ${k.text}`).join('');
        type = `${type} *${quals}`.replace(/\s+\*/g, ' *');
        abstract ||= d.type.startsWith('abstract');
        d = d.childForFieldName('declarator');
        break;
      }
      case 'array_declarator':
      case 'abstract_array_declarator': {
        const size = d.childForFieldName('size');
        const innerNode = d.childForFieldName('declarator');
        const inner = innerNode === null ? { name: '', type: type.trim(), node: d } : declare(type, innerNode);
        return inner !== undefined ? { ...inner, type: `${inner.type}[${size?.text ?? ''}]` } : undefined;
      }
      case 'parenthesized_declarator':
      case 'abstract_parenthesized_declarator':
        d = kids(d)[0] ?? null;
        break;
      case 'function_declarator':
      case 'abstract_function_declarator': {
        const inner = d.childForFieldName('declarator');
        // A pointer to a function: the parameters belong to the pointee, the variable is a "fnptr".
        if (inner !== null && /parenthesized_declarator$/.test(inner.type)) {
          const named = declare('fnptr', inner);
          return named !== undefined ? { ...named, type: 'fnptr' } : undefined;
        }
        const named = declare(type, inner);
        return named !== undefined ? { ...named, fn: d } : undefined;
      }
      default:
        return undefined;
    }
  }
  return abstract && declarator !== null ? { name: '', type: type.trim(), node: declarator } : undefined;
}

function baseType(node: SyntaxNode): string {
  const quals = kids(node).filter((k) => k.type === 'type_qualifier').map((k) => k.text);
  const t = node.childForFieldName('type');
  return [...quals, (t?.text ?? '').replace(/\s+/g, ' ')].join(' ').trim();
}

function params(fn: SyntaxNode, file: string): CParam[] {
  const list = fn.childForFieldName('parameters');
  if (list === null) return [];
  const out: CParam[] = [];
  for (const p of kids(list)) {
    if (p.type !== 'parameter_declaration') continue;
    const base = baseType(p);
    const d = p.childForFieldName('declarator');
    if (d === null) {
      if (base !== 'void') out.push({ name: '', type: base, pos: posOf(p, file) });
      continue;
    }
    const named = declare(base, d);
    // `const char *argv[]` as a parameter is `const char **argv`: C passes the array's address.
    const type = named?.type.replace(/\[[^\]]*\]$/, ' *').replace(/\s+\*/g, ' *');
    out.push(named !== undefined ? { name: named.name, type: type!, pos: posOf(p, file) } : { name: '', type: base, pos: posOf(p, file) });
  }
  return out;
}

function evalInt(node: SyntaxNode | null): number | undefined {
  if (node === null) return undefined;
  const t = node.text.replace(/[uUlL]+$/, '').trim();
  if (/^-?\s*(0x[0-9a-fA-F]+|\d+)$/.test(t)) {
    const neg = t.startsWith('-');
    const n = Number(t.replace(/^-\s*/, ''));
    return Number.isSafeInteger(n) ? (neg ? -n : n) : undefined;
  }
  if (node.type === 'parenthesized_expression') return evalInt(kids(node)[0] ?? null);
  return undefined;
}

function readEnum(node: SyntaxNode, file: string, doc: string | undefined): CEnum | undefined {
  const body = node.childForFieldName('body');
  if (body === null) return undefined;
  const values: CEnumValue[] = [];
  let next: number | undefined = 0;
  for (const e of kids(body)) {
    if (e.type !== 'enumerator') continue;
    const valueNode = e.childForFieldName('value');
    const value: number | undefined = valueNode !== null ? evalInt(valueNode) : next;
    values.push({ name: e.childForFieldName('name')!.text, ...(value !== undefined ? { value } : {}), pos: posOf(e, file) });
    next = value !== undefined ? value + 1 : undefined;
  }
  const name = node.childForFieldName('name')?.text;
  return { ...(name !== undefined ? { name } : {}), values, pos: posOf(node, file), ...(doc !== undefined ? { doc } : {}) };
}

function readStruct(node: SyntaxNode, file: string, doc: string | undefined, alias?: string): CStruct | undefined {
  const name = alias ?? node.childForFieldName('name')?.text;
  if (name === undefined) return undefined;
  const body = node.childForFieldName('body');
  const base = { name, pos: posOf(node, file), ...(doc !== undefined ? { doc } : {}) };
  if (body === null) return base;
  const fields: CField[] = [];
  for (const f of kids(body)) {
    if (f.type !== 'field_declaration') continue;
    const t = baseType(f);
    const typeNode = f.childForFieldName('type');
    for (const d of f.namedChildren) {
      // Node objects are made afresh on each access: the type child is recognised by its place, not by identity.
      if (d === null || (typeNode !== null && sameNode(d, typeNode)) || d.type === 'type_qualifier' || d.type.endsWith('comment')) continue;
      const named = declare(t, d);
      if (named !== undefined) fields.push({ name: named.name, type: named.type, pos: posOf(d, file) });
    }
  }
  return { ...base, fields };
}

/** Reads one translation unit (already parsed); conditional blocks are read as if every branch were taken. */
export function readHeader(root: SyntaxNode, file: string): HeaderModel {
  const model: HeaderModel = { file, functions: [], structs: [], enums: [], macros: [], typedefs: [] };
  const visit = (items: SyntaxNode[]): void => {
    for (const node of items) readTopLevel(node, file, model, visit);
  };
  visit(kids(root));
  return byTypedefNames(model);
}

/**
 * `struct wasm_val *` written where the typedef `wasm_val_t` names the same struct: every type text uses the
 * typedef name, which is the name Rust and the contract give the struct.
 */
function byTypedefNames(model: HeaderModel): HeaderModel {
  const tags = new Map(model.structs.filter((s) => s.tag !== undefined).map((s) => [s.tag!, s.name]));
  if (tags.size === 0) return model;
  const rename = (type: string): string => type.replace(/\bstruct\s+([A-Za-z_]\w*)/g, (m, tag: string) => tags.get(tag) ?? m);
  return {
    ...model,
    functions: model.functions.map((f) => ({ ...f, returns: rename(f.returns), params: f.params.map((p) => ({ ...p, type: rename(p.type) })) })),
    structs: model.structs.map((s) => (s.fields === undefined ? s : { ...s, fields: s.fields.map((f) => ({ ...f, type: rename(f.type) })) })),
  };
}

function readTopLevel(node: SyntaxNode, file: string, model: HeaderModel, visit: (items: SyntaxNode[]) => void): void {
  const doc = leadingComment(node) ?? trailingComment(node);
  switch (node.type) {
    case 'preproc_ifdef': case 'preproc_if': case 'preproc_else': case 'preproc_elif': case 'preproc_elifdef':
      visit(kids(node));
      return;
    case 'preproc_def': {
      const value = node.childForFieldName('value')?.text.trim() ?? '';
      model.macros.push({ name: node.childForFieldName('name')!.text, value, pos: posOf(node, file) });
      return;
    }
    case 'declaration': {
      const d = declare(baseType(node), node.childForFieldName('declarator'));
      if (d?.fn !== undefined) model.functions.push({ name: d.name, params: params(d.fn, file), returns: d.type, pos: posOf(node, file), ...(doc !== undefined ? { doc } : {}) });
      readTagged(node.childForFieldName('type'), file, model, doc);
      return;
    }
    case 'function_definition': {
      const d = declare(baseType(node), node.childForFieldName('declarator'));
      if (d?.fn !== undefined) model.functions.push({ name: d.name, params: params(d.fn, file), returns: d.type, pos: posOf(node, file), defined: true });
      return;
    }
    case 'type_definition': {
      const typeNode = node.childForFieldName('type');
      const d = declare(baseType(node), node.childForFieldName('declarator'));
      if (d !== undefined) model.typedefs.push(d.name);
      // Only a plain alias names the struct; `typedef struct X *XRef;` names a pointer.
      const alias = d !== undefined && d.fn === undefined && d.type === baseType(node) ? d.name : undefined;
      readTagged(typeNode, file, model, doc, alias);
      return;
    }
    case 'struct_specifier': case 'enum_specifier': case 'union_specifier':
      readTagged(node, file, model, doc);
      return;
    default:
      return;
  }
}

/** A struct declared again (a forward declaration, then the definition, in one header or across several) is kept once, as its definition. */
function addStruct(structs: CStruct[], s: CStruct): void {
  const at = structs.findIndex((x) => x.name === s.name);
  if (at < 0) structs.push(s);
  else if (structs[at]!.fields === undefined && s.fields !== undefined) structs[at] = s;
}

/**
 * One header model from a header and the headers it includes, in reading order: a later forward declaration
 * does not hide an earlier definition, and a name declared twice is kept once (the first, or the definition).
 */
export function mergeHeaders(models: readonly HeaderModel[]): HeaderModel {
  const [first, ...rest] = models;
  if (first === undefined) throw new Error('mergeHeaders needs at least the root header');
  const out: HeaderModel = { ...first, functions: [...first.functions], structs: [...first.structs], enums: [...first.enums], macros: [...first.macros], typedefs: [...first.typedefs] };
  for (const m of rest) {
    for (const f of m.functions) if (!out.functions.some((x) => x.name === f.name)) out.functions.push(f);
    for (const s of m.structs) addStruct(out.structs, s);
    for (const e of m.enums) if (e.name === undefined || !out.enums.some((x) => x.name === e.name)) out.enums.push(e);
    for (const d of m.macros) if (!out.macros.some((x) => x.name === d.name)) out.macros.push(d);
    for (const t of m.typedefs) if (!out.typedefs.includes(t)) out.typedefs.push(t);
  }
  return byTypedefNames(out);
}

/** Records a struct or enum specifier; a typedef of an anonymous one takes the typedef's name. */
function readTagged(node: SyntaxNode | null, file: string, model: HeaderModel, doc: string | undefined, alias?: string): void {
  if (node === null) return;
  if (node.type === 'enum_specifier') {
    const e = readEnum(node, file, doc);
    if (e !== undefined) model.enums.push(e.name === undefined && alias !== undefined ? { ...e, name: alias } : e);
  } else if (node.type === 'struct_specifier' || node.type === 'union_specifier') {
    const tag = node.childForFieldName('name')?.text;
    const read = readStruct(node, file, doc, alias ?? tag);
    if (read === undefined) return;
    const s = tag !== undefined && tag !== read.name ? { ...read, tag } : read;
    addStruct(model.structs, s);
  }
}
