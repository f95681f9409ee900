// The slice of a syntax tree the code readers use: a structural interface, so no parser type leaks out.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export type Lang = 'c' | 'rust' | 'go';

/** A parsed node. web-tree-sitter's Node satisfies it; rows and columns are 0-based, columns in UTF-16 units. */
export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly startPosition: { row: number; column: number };
  readonly endPosition: { row: number; column: number };
  readonly children: readonly (SyntaxNode | null)[];
  readonly namedChildren: readonly (SyntaxNode | null)[];
  readonly parent: SyntaxNode | null;
  readonly previousNamedSibling: SyntaxNode | null;
  readonly previousSibling: SyntaxNode | null;
  readonly nextSibling: SyntaxNode | null;
  readonly hasError: boolean;
  readonly isMissing: boolean;
  childForFieldName(name: string): SyntaxNode | null;
  /** Descendants of the given types in document order; done inside the parser, far cheaper than walking in JS. */
  descendantsOfType(types: string | readonly string[]): (SyntaxNode | null)[];
}

/** Descendants of the given types (the node itself excluded), non-null, in document order. */
export function find(node: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  return node.descendantsOfType(types).filter((n): n is SyntaxNode => n !== null && !sameNode(n, node));
}

/** Node objects are made afresh on each access, so two handles on one node are told apart by type and place, not identity. */
export function sameNode(a: SyntaxNode, b: SyntaxNode): boolean {
  const [s, t] = [a.startPosition, b.startPosition];
  return a.type === b.type && s.row === t.row && s.column === t.column && a.endPosition.row === b.endPosition.row && a.endPosition.column === b.endPosition.column;
}

/** A place in a source file, 1-based, as diagnostics carry it. */
export interface Pos {
  file: string;
  line: number;
  column: number;
}

export function posOf(node: SyntaxNode, file: string): Pos {
  return { file, line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

export function kids(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c): c is SyntaxNode => c !== null);
}

const MAX_PARSE_DIAGNOSTICS = 5;

/** ERROR and MISSING nodes as diagnostics: the first few, so a binary file does not flood the report. */
export function parseDiagnostics(root: SyntaxNode, file: string, lang: Lang): Diagnostic[] {
  if (!root.hasError) return [];
  const out: Diagnostic[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0 && out.length < MAX_PARSE_DIAGNOSTICS) {
    const n = stack.pop()!;
    if (n.type === 'ERROR' || n.isMissing) {
      const what = n.isMissing ? `missing "${n.type}"` : 'unexpected text';
      out.push({ code: 'code-unparsable', severity: 'error', message: `${LANG_NAMES[lang]} syntax error: ${what}`, file, ...lineCol(n), hint: 'the reader skips this part of the file; fix it or check that the path is the right file' });
      continue;
    }
    if (!n.hasError) continue;
    const all = n.children.filter((c): c is SyntaxNode => c !== null);
    for (let i = all.length - 1; i >= 0; i -= 1) stack.push(all[i]!);
  }
  return out;
}

const LANG_NAMES: Record<Lang, string> = { c: 'C', rust: 'Rust', go: 'Go' };

function lineCol(n: SyntaxNode): { line: number; column: number } {
  return { line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
}

/** The comment lines directly above a node (no blank line between), markers stripped, or undefined. */
export function leadingComment(node: SyntaxNode): string | undefined {
  const lines: string[] = [];
  let expectRow = node.startPosition.row - 1;
  for (let p = node.previousNamedSibling; p !== null && p.type.endsWith('comment') && p.endPosition.row === expectRow; p = p.previousNamedSibling) {
    // `int f(void); // about f` belongs to f, not to the declaration on the next line.
    if (isTrailing(p)) break;
    lines.unshift(stripComment(p.text));
    expectRow = p.startPosition.row - 1;
  }
  const text = lines.join('\n').trim();
  return text === '' ? undefined : text;
}

function isTrailing(comment: SyntaxNode): boolean {
  const before = comment.previousSibling;
  return before !== null && !before.type.endsWith('comment') && before.endPosition.row === comment.startPosition.row;
}

/** A comment after the node on the row it ends on (`int f(void); // about f`). */
export function trailingComment(node: SyntaxNode): string | undefined {
  const next = node.nextSibling;
  if (next === null || !next.type.endsWith('comment') || next.startPosition.row !== node.endPosition.row) return undefined;
  return stripComment(next.text) || undefined;
}

export function stripComment(text: string): string {
  if (text.startsWith('/*')) {
    return text.slice(2, -2).split('\n').map((l) => l.replace(/^\s*\*?\s?/, '').trimEnd()).join('\n').trim();
  }
  return text.replace(/^\/\/[/!]?\s?/, '').trimEnd();
}
