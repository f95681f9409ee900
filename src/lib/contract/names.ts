// Allow-lists for every name a contract declares, as plain functions: names flow into generated C, Go, Rust,
// Cargo.toml, go.mod, Mermaid and zip paths, so they are checked and refused, never escaped. No zod here, so the
// wizard's page can run the same checks (schema/names.ts wraps them in zod for the contract schema).

/** Keywords of C (C23), Go and Rust (2024 edition, strict and reserved): a name that is one of them breaks generated code. */
const C_KEYWORDS: ReadonlySet<string> = new Set([
  'alignas', 'alignof', 'auto', 'bool', 'break', 'case', 'char', 'const', 'constexpr', 'continue', 'default', 'do',
  'double', 'else', 'enum', 'extern', 'false', 'float', 'for', 'goto', 'if', 'inline', 'int', 'long', 'nullptr',
  'register', 'restrict', 'return', 'short', 'signed', 'sizeof', 'static', 'static_assert', 'struct', 'switch',
  'thread_local', 'true', 'typedef', 'typeof', 'typeof_unqual', 'union', 'unsigned', 'void', 'volatile', 'while',
]);
export const GO_KEYWORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);
export const RUST_KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'async', 'await', 'break', 'const', 'continue', 'crate', 'dyn', 'else', 'enum', 'extern', 'false', 'fn', 'for',
  'gen', 'if', 'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self',
  'static', 'struct', 'super', 'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while', 'abstract', 'become', 'box',
  'do', 'final', 'macro', 'override', 'priv', 'try', 'typeof', 'unsized', 'virtual', 'yield',
]);

/** Device names Windows refuses as a file name (with any extension), so never usable as a path element. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const C_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Longest identifier a contract may declare. */
export const MAX_IDENT = 64;

/** Rust keywords that cannot be raw identifiers either (`r#self` is refused), so no Rust item can carry them. */
const RUST_NEVER = new Set(['self', 'Self', 'super', 'crate', '_']);

/**
 * Why a C identifier is refused, or undefined when it is acceptable. Names are taken as real headers spell
 * them: `match`, `type` or `_reserved` are fine (Rust writes `r#match`, cgo reaches a field `type` as `_type`);
 * refused are what C cannot declare, and what no Rust or Go spelling can reach.
 */
export function identifierProblem(name: string): string | undefined {
  if (name.length === 0) return 'must not be empty';
  if (name.length > MAX_IDENT) return `is longer than ${MAX_IDENT} characters`;
  if (!C_IDENT.test(name)) return 'must be a C identifier: ASCII letters, digits and _, not starting with a digit';
  if (C_KEYWORDS.has(name)) return 'is a C keyword';
  if (RUST_NEVER.has(name)) return 'is a Rust keyword that not even a raw identifier (r#) can spell';
  return undefined;
}

/** Why a C function name cannot be called from Go as `C.<name>`, or undefined. */
export function functionNameProblem(name: string): string | undefined {
  const problem = identifierProblem(name);
  if (problem !== undefined) return problem;
  if (GO_KEYWORDS.has(name)) return 'is a Go keyword, so Go cannot write C.' + name + ': export it under another name, or add a C wrapper with one';
  return undefined;
}

/** An ABI version: MAJOR.MINOR, each without leading zeros, at most five digits. */
export const ABI_VERSION_PATTERN = /^(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})$/;

/** Why a library name is refused, or undefined. */
export function libraryNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'must not be empty';
  if (name.length > MAX_IDENT) return `is longer than ${MAX_IDENT} characters`;
  if (!/^[a-z][a-z0-9]*([_-][a-z0-9]+)*$/.test(name)) {
    return 'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter';
  }
  if (WINDOWS_RESERVED.test(name)) return 'is a reserved device name on Windows';
  if (RUST_KEYWORDS.has(name) || name === 'test' || name === 'std' || name === 'core' || name === 'alloc') {
    return 'is reserved for Rust crates';
  }
  return undefined;
}

/** Why a Go module path is refused (the rules of golang.org/x/mod/module.CheckPath), or undefined. */
export function goModulePathProblem(path: string): string | undefined {
  if (path.length === 0) return 'must not be empty';
  if (path.length > 200) return 'is longer than 200 characters';
  const elems = path.split('/');
  const first = elems[0] ?? '';
  if (!/^[a-z0-9.-]+$/.test(first)) return `first element "${printable(first)}" may hold only lower-case ASCII letters, digits, dots and dashes`;
  if (!first.includes('.')) return `first element "${printable(first)}" must be a domain name with a dot (like example.com)`;
  if (first.startsWith('-')) return 'first element must not start with a dash';
  for (const elem of elems) {
    if (elem.length === 0) return 'must not have empty elements, or a leading or trailing slash';
    if (!/^[A-Za-z0-9._~-]+$/.test(elem)) {
      return `element "${printable(elem)}" may hold only ASCII letters, digits and . _ ~ -`;
    }
    if (elem.startsWith('.') || elem.endsWith('.')) return `element "${printable(elem)}" must not start or end with a dot`;
    const stem = elem.split('.')[0] ?? elem;
    if (WINDOWS_RESERVED.test(stem)) return `element "${elem}" is a reserved device name on Windows`;
    if (/~[0-9]+$/.test(stem)) return `element "${elem}" looks like a Windows short name (ends in ~ and digits)`;
  }
  const last = elems[elems.length - 1] ?? '';
  if (elems.length > 1 && /^v[0-9]+$/.test(last) && !/^v([2-9]|[1-9][0-9]+)$/.test(last)) {
    return `major version suffix "${last}" must be v2 or higher without leading zeros`;
  }
  return undefined;
}

/** Shows a refused name without letting control characters or long text through to a terminal. */
export function printable(s: string): string {
  const shown = s.length > 40 ? `${s.slice(0, 40)}...` : s;
  return shown.replace(/[^\x20-\x7e]/gu, (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? '?'}}`);
}
