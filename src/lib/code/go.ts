// Go source -> GoFileModel: build constraint, cgo preamble, and per function the calls and assignments.
import type { GoAssign, GoCall, GoFileModel, GoFunction } from './model.ts';
import { find, kids, posOf, stripComment } from './syntax.ts';
import type { Pos, SyntaxNode } from './syntax.ts';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function buildConstraint(root: SyntaxNode): string | undefined {
  for (const c of kids(root)) {
    if (c.type === 'package_clause') return undefined;
    const m = /^\/\/go:build\s+(.+)$/.exec(c.text.trim());
    if (c.type === 'comment' && m !== null) return m[1]!.trim();
  }
  return undefined;
}

/** The comment block directly above `import "C"`: cgo compiles it as C. */
function preamble(root: SyntaxNode): { text: string; line: number } | undefined {
  for (const imp of kids(root)) {
    if (imp.type !== 'import_declaration' || !/^import\s+"C"$/.test(squash(imp.text))) continue;
    const lines: string[] = [];
    let first = imp.startPosition.row;
    for (let p = imp.previousNamedSibling; p !== null && p.type === 'comment' && p.endPosition.row === first - 1; p = p.previousNamedSibling) {
      lines.unshift(p.text.startsWith('/*') ? p.text.slice(2, -2) : stripComment(p.text));
      first = p.startPosition.row;
    }
    // A block comment's text starts right after "/*" on its first line: keep line numbers true.
    return lines.length > 0 ? { text: lines.join('\n'), line: first + 1 } : undefined;
  }
  return undefined;
}

function pairs(left: SyntaxNode | null, right: SyntaxNode | null, file: string, out: GoAssign[]): void {
  if (left === null || right === null) return;
  const l = left.type === 'expression_list' ? kids(left) : [left];
  const r = right.type === 'expression_list' ? kids(right) : [right];
  l.forEach((target, i) => {
    const value = r.length === l.length ? r[i] : r[0];
    if (value !== undefined) out.push({ target: squash(target.text), value: squash(value.text), pos: posOf(target, file) });
  });
}

const BODY_TYPES = ['call_expression', 'assignment_statement', 'short_var_declaration', 'var_spec', 'return_statement'];

/** The conditions of the if statements between a node and its function, innermost first. */
function ifConditions(node: SyntaxNode, fn: SyntaxNode): string[] {
  const out: string[] = [];
  for (let p = node.parent; p !== null && p !== fn; p = p.parent) {
    const cond = p.type === 'if_statement' ? p.childForFieldName('condition') : null;
    if (cond !== null) out.push(squash(cond.text));
  }
  return out;
}

function readFunction(fn: SyntaxNode, file: string): GoFunction {
  const calls: GoCall[] = [];
  const assigns: GoAssign[] = [];
  const returns: { text: string; pos: Pos; guards: string[] }[] = [];
  const body = fn.childForFieldName('body');
  for (const n of body !== null ? find(body, BODY_TYPES) : []) {
    if (n.type === 'call_expression') {
      const f = n.childForFieldName('function');
      const args = n.childForFieldName('arguments');
      calls.push({ callee: (f?.text ?? '').replace(/\s+/g, ''), args: args !== null ? kids(args).filter((a) => a.type !== 'comment').map((a) => squash(a.text)) : [], pos: posOf(n, file) });
    } else if (n.type === 'assignment_statement' || n.type === 'short_var_declaration') {
      pairs(n.childForFieldName('left'), n.childForFieldName('right'), file, assigns);
    } else if (n.type === 'return_statement') {
      const list = kids(n)[0];
      const guards = ifConditions(n, fn);
      returns.push(...(list === undefined ? [''] : (list.type === 'expression_list' ? kids(list) : [list]).map((e) => squash(e.text))).map((text) => ({ text, pos: posOf(n, file), guards })));
    } else if (n.type === 'var_spec') {
      const names = kids(n).filter((k) => k.type === 'identifier');
      const value = n.childForFieldName('value');
      if (value !== null) names.forEach((name, i) => assigns.push({ target: name.text, value: squash((kids(value)[i] ?? kids(value)[0])?.text ?? ''), pos: posOf(name, file) }));
    }
  }
  const name = fn.childForFieldName('name')!.text;
  const recv = fn.type === 'method_declaration' ? receiverType(fn) : undefined;
  const plist = fn.childForFieldName('parameters');
  const params = plist !== null ? kids(plist).flatMap((d) => kids(d).filter((k) => k.type === 'identifier').map((k) => k.text)) : [];
  return { name: recv !== undefined ? `(${recv}).${name}` : name, ...(recv !== undefined ? { receiver: recv } : {}), pos: posOf(fn, file), params, calls, assigns, returns };
}

function receiverType(fn: SyntaxNode): string | undefined {
  const list = fn.childForFieldName('receiver');
  const decl = list !== null ? kids(list)[0] : undefined;
  const t = decl?.childForFieldName('type');
  return t !== undefined && t !== null ? squash(t.text) : undefined;
}

function readStructs(root: SyntaxNode, file: string): GoFileModel['structs'] {
  const out: GoFileModel['structs'] = [];
  for (const spec of find(root, ['type_spec'])) {
    const type = spec.childForFieldName('type');
    if (type?.type !== 'struct_type') continue;
    const list = kids(type).find((k) => k.type === 'field_declaration_list');
    const fields = (list !== undefined ? kids(list) : []).filter((f) => f.type === 'field_declaration').flatMap((f) => {
      const t = squash(f.childForFieldName('type')?.text ?? '');
      return kids(f).filter((k) => k.type === 'field_identifier').map((n) => ({ name: n.text, type: t, pos: posOf(n, file) }));
    });
    out.push({ name: spec.childForFieldName('name')!.text, fields, pos: posOf(spec, file) });
  }
  return out;
}

export function readGo(root: SyntaxNode, file: string): GoFileModel {
  const build = buildConstraint(root);
  const pre = preamble(root);
  const functions = kids(root).filter((n) => n.type === 'function_declaration' || n.type === 'method_declaration').map((n) => readFunction(n, file));
  return { file, ...(build !== undefined ? { build } : {}), isTest: file.endsWith('_test.go'), ...(pre !== undefined ? { preamble: pre } : {}), preambleFunctions: [], preambleDeclarations: [], functions, structs: readStructs(root, file) };
}
