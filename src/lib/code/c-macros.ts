// The part of the C preprocessor a library header needs before tree-sitter can read its declarations:
// decorations such as `WASM_API_EXTERN` or `own` that expand to nothing, and declaration macros such as
// `WASM_DECLARE_OWN(engine)` that paste a typedef and a `_delete` function together. Lines keep their
// numbers: a blanked name becomes spaces, an expansion stays on the invocation's line.

interface CMacroDef {
  /** Undefined for an object-like macro. */
  params?: string[];
  body: string;
}

/**
 * Every `#define` in the texts (continuation lines joined); a later definition of a name does not replace the
 * first. A name a file defines and then #undefs (wasm.h's `own`) is that file's alone unless `local` is set.
 */
export function collectMacros(texts: readonly string[], local = false): Map<string, CMacroDef> {
  const out = new Map<string, CMacroDef>();
  const dropped = new Set<string>();
  for (const text of texts) {
    const undefs = local ? [] : [...text.matchAll(/^\s*#\s*undef\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]!);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      let line = lines[i]!.replace(/\r$/, '');
      while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[(i += 1)]!.replace(/\r$/, '')}`;
      const m = /^\s*#\s*define\s+([A-Za-z_]\w*)(\(([^)]*)\))?(.*)$/.exec(line);
      if (m === null || out.has(m[1]!)) continue;
      if (undefs.includes(m[1]!)) {
        dropped.add(m[1]!);
        continue;
      }
      const body = m[4]!.replace(/\/\*.*?\*\//g, ' ').replace(/\/\/.*$/, '').trim();
      out.set(m[1]!, m[2] !== undefined ? { params: m[3]!.split(',').map((p) => p.trim()).filter(Boolean), body } : { body });
    }
  }
  // `#define X` in one branch and `#define X __declspec(dllimport)` in another: the empty one is the one a
  // non-Windows build sees, so an empty definition wins over a decoration.
  for (const text of texts) {
    for (const m of text.matchAll(/^\s*#\s*define\s+([A-Za-z_]\w*)[ \t]*(?:\/\/[^\n]*|\/\*[^\n]*?\*\/)?[ \t]*\r?$/gm)) if (!dropped.has(m[1]!) || local) out.set(m[1]!, { body: '' });
  }
  return out;
}

const DECORATION = /^(__declspec\s*\(.*\)|__attribute__\s*\(\(.*\)\)|__extension__|extern)$/;

/** Object-like macros that stand for nothing a declaration needs (empty, or only an attribute), followed through aliases. */
function blankNames(macros: ReadonlyMap<string, CMacroDef>): Set<string> {
  const blank = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, def] of macros) {
      if (blank.has(name) || def.params !== undefined) continue;
      const rest = def.body.split(/\s+/).filter((t) => t !== '' && !blank.has(t)).join(' ');
      if (rest === '' || DECORATION.test(rest)) {
        blank.add(name);
        grew = true;
      }
    }
  }
  return blank;
}

/** The text of `NAME(args)` starting at `open` (the parenthesis): the arguments, split at top-level commas. */
function readArgs(text: string, open: number): { args: string[]; end: number } | undefined {
  let depth = 0;
  let start = open + 1;
  const args: string[] = [];
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')' && (depth -= 1) === 0) {
      args.push(text.slice(start, i).trim());
      return { args: args.length === 1 && args[0] === '' ? [] : args, end: i + 1 };
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return undefined;
}

/** One expansion: parameters replaced, `##` pasted, `#x` made a string; nested macros expanded up to `depth`. */
function substitute(def: CMacroDef, args: readonly string[], macros: ReadonlyMap<string, CMacroDef>, blank: ReadonlySet<string>, depth: number): string {
  const params = def.params ?? [];
  let body = def.body.replace(/(?<!#)#(?!#)\s*([A-Za-z_]\w*)/g, (m, p: string) => (params.includes(p) ? JSON.stringify(args[params.indexOf(p)] ?? '') : m));
  body = body.replace(/[A-Za-z_]\w*/g, (w) => (params.includes(w) ? (args[params.indexOf(w)] ?? '') : w));
  body = body.replace(/\s*##\s*/g, '');
  return depth > 0 ? expandLine(body, macros, blank, depth - 1) : body;
}

function expandLine(line: string, macros: ReadonlyMap<string, CMacroDef>, blank: ReadonlySet<string>, depth: number): string {
  let out = '';
  let i = 0;
  const word = /[A-Za-z_]\w*/g;
  for (let m = word.exec(line); m !== null; m = word.exec(line)) {
    const name = m[0];
    const def = macros.get(name);
    if (blank.has(name)) {
      out += line.slice(i, m.index) + ' '.repeat(name.length);
      i = m.index + name.length;
    } else if (def?.params !== undefined) {
      const open = line.slice(m.index + name.length).search(/\S/) + m.index + name.length;
      const call = line[open] === '(' ? readArgs(line, open) : undefined;
      if (call === undefined) continue;
      out += line.slice(i, m.index) + substitute(def, call.args, macros, blank, depth).replace(/\s*\n\s*/g, ' ');
      i = call.end;
      word.lastIndex = call.end;
    }
  }
  return out + line.slice(i);
}

/**
 * The header text with blank decorations replaced by spaces and each declaration macro invoked at the start of a
 * line expanded in place on that line. Preprocessor lines and comments are left alone.
 */
export function expandHeaderMacros(text: string, macros: ReadonlyMap<string, CMacroDef>): string {
  // A file's own definitions come first: headers reuse a name such as DECLARE_VEC with #undef between.
  const own = new Map([...macros, ...collectMacros([text], true)]);
  const blank = blankNames(own);
  const lines = text.split('\n');
  let inComment = false;
  let continued = false;
  let fnDefine = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const directive: boolean = continued || /^\s*#/.test(line);
    if (!continued) fnDefine = /^\s*#\s*define\s+[A-Za-z_]\w*\(/.test(line);
    continued = directive && /\\\r?$/.test(line);
    // A function-like #define is expanded here, not read: blanked, so the C grammar never trips on its body.
    if (directive && fnDefine) {
      lines[i] = line.replace(/[^\r]/g, ' ');
      continue;
    }
    const wasComment = inComment;
    inComment = commentOpenAtEnd(line, inComment);
    if (directive || wasComment || /^\s*(\/\/|\/\*|\*)/.test(line)) continue;
    const start = i;
    const first = line.replace(/\/\/.*$/, '');
    let code = first;
    // An invocation whose arguments run onto the next lines is read as one line; those lines become empty.
    while (i + 1 < lines.length && i < start + 20 && openInvocation(code, own)) {
      i += 1;
      code = `${code} ${lines[i]!.replace(/\/\/.*$/, '').trim()}`;
      lines[i] = '';
    }
    lines[start] = expandLine(code, own, blank, 4) + (i === start ? line.slice(first.length) : '');
  }
  return lines.join('\n');
}

/** A function-like macro's name followed by a parenthesis that the text does not close. */
function openInvocation(code: string, macros: ReadonlyMap<string, CMacroDef>): boolean {
  for (const m of code.matchAll(/([A-Za-z_]\w*)\s*\(/g)) {
    if (macros.get(m[1]!)?.params !== undefined && readArgs(code, m.index + m[0].length - 1) === undefined) return true;
  }
  return false;
}

/** Whether a block comment is still open after this line. */
function commentOpenAtEnd(line: string, open: boolean): boolean {
  let state = open;
  for (let i = 0; i < line.length - 1; i += 1) {
    if (!state && line[i] === '/' && line[i + 1] === '/') return false;
    if (!state && line[i] === '/' && line[i + 1] === '*') { state = true; i += 1; } else if (state && line[i] === '*' && line[i + 1] === '/') { state = false; i += 1; }
  }
  return state;
}

/** `#include "x.h"` (quoted: next to the including file first) and `#include <lib/x.h>` (system) lines. */
export function headerIncludes(text: string): { path: string; system: boolean }[] {
  return [...text.matchAll(/^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]/gm)].map((m) => ({ path: m[2]!.trim(), system: m[1] === '<' }));
}
