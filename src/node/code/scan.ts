// Reads a header, a Rust crate and a Go package from disk into a Boundary for one variant, with diagnostics.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { maskCplusplus, readHeader } from '../../lib/code/c-header.ts';
import { goBuildHolds, GOOD_VARIANT } from '../../lib/code/conditions.ts';
import type { Variant } from '../../lib/code/conditions.ts';
import { readGo } from '../../lib/code/go.ts';
import { CODE_LIMITS } from '../../lib/code/limits.ts';
import type { Boundary, GoFileModel, RustFileModel } from '../../lib/code/model.ts';
import { readRust } from '../../lib/code/rust.ts';
import { parseDiagnostics } from '../../lib/code/syntax.ts';
import type { Lang } from '../../lib/code/syntax.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { readBoundedFromDisk } from '../../cli/io.ts';
import { withTree } from './parser.ts';

export interface SourcePaths {
  header?: string;
  /** A crate directory (its src/lib.rs is read) or one .rs file. */
  rust?: string;
  /** A Go package directory or one .go file. */
  go?: string;
}

export interface Scan {
  boundary: Boundary;
  diagnostics: Diagnostic[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function unreadable(file: string, reason: string): Diagnostic {
  return { code: 'code-unreadable', severity: 'error', message: `cannot read the source file: ${reason}`, file, line: 1, column: 1 };
}

/** Bounded, strict UTF-8 read; a problem becomes a diagnostic and undefined. */
export function readSource(file: string, diagnostics: Diagnostic[]): string | undefined {
  const read = readBoundedFromDisk(file, CODE_LIMITS.maxFileBytes);
  if (!read.ok) return void diagnostics.push(unreadable(file, read.reason));
  if (read.bytes.length > CODE_LIMITS.maxFileBytes) return void diagnostics.push(unreadable(file, `larger than ${CODE_LIMITS.maxFileBytes} bytes`));
  try {
    return decoder.decode(read.bytes);
  } catch {
    return void diagnostics.push(unreadable(file, 'not UTF-8 text'));
  }
}

async function parsed<T>(lang: Lang, file: string, text: string, diagnostics: Diagnostic[], read: Parameters<typeof withTree<T>>[2]): Promise<T> {
  return withTree(lang, text, (root) => {
    diagnostics.push(...parseDiagnostics(root, file, lang));
    return read(root);
  });
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where `mod name;` in `from` lives: next to lib.rs/mod.rs/main.rs, else in a folder named after the file. */
function moduleFile(from: string, name: string): string {
  const stem = basename(from, '.rs');
  const dir = ['lib', 'mod', 'main'].includes(stem) ? dirname(from) : join(dirname(from), stem);
  const flat = join(dir, `${name}.rs`);
  return isDir(join(dir, name)) && !statSafe(flat) ? join(dir, name, 'mod.rs') : flat;
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function scanRust(root: string, variant: Variant, diagnostics: Diagnostic[]): Promise<RustFileModel[]> {
  const queue = [isDir(root) ? join(root, 'src', 'lib.rs') : root];
  const seen = new Set<string>();
  const out: RustFileModel[] = [];
  while (queue.length > 0 && seen.size < CODE_LIMITS.maxFiles) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readSource(file, diagnostics);
    if (text === undefined) continue;
    const model = await parsed('rust', file, text, diagnostics, (r) => readRust(r, file, variant));
    out.push(model);
    // A #[path] is relative to the directory of the file that declares the module.
    for (const m of model.modules) queue.push(m.path !== undefined ? join(dirname(file), m.path) : moduleFile(file, m.name));
  }
  return out;
}

async function scanGo(root: string, variant: Variant, diagnostics: Diagnostic[]): Promise<GoFileModel[]> {
  let files: string[];
  try {
    files = isDir(root) ? readdirSync(root).filter((f) => f.endsWith('.go')).sort().map((f) => join(root, f)) : [root];
  } catch {
    diagnostics.push(unreadable(root, 'cannot list the directory'));
    return [];
  }
  const out: GoFileModel[] = [];
  for (const file of files.slice(0, CODE_LIMITS.maxFiles)) {
    const text = readSource(file, diagnostics);
    if (text === undefined) continue;
    const local: Diagnostic[] = [];
    const model = await parsed('go', file, text, local, (r) => readGo(r, file));
    if (model.build !== undefined && !goBuildHolds(model.build, variant)) continue;
    diagnostics.push(...local);
    if (model.preamble !== undefined) {
      const pre = model.preamble;
      // The preamble is C; its own helpers are not calls into the library.
      const h = await withTree('c', maskCplusplus(`${'\n'.repeat(pre.line - 1)}${pre.text}`), (r) => readHeader(r, file));
      model.preambleFunctions = h.functions.map((f) => f.name);
    }
    out.push(model);
  }
  return out;
}

export async function scanSources(paths: SourcePaths, variant: Variant = GOOD_VARIANT): Promise<Scan> {
  const diagnostics: Diagnostic[] = [];
  const boundary: Boundary = { rust: [], go: [] };
  if (paths.header !== undefined) {
    const file = paths.header;
    const text = readSource(file, diagnostics);
    if (text !== undefined) boundary.header = await parsed('c', file, maskCplusplus(text), diagnostics, (r) => readHeader(r, file));
  }
  if (paths.rust !== undefined) boundary.rust = await scanRust(paths.rust, variant, diagnostics);
  if (paths.go !== undefined) boundary.go = await scanGo(paths.go, variant, diagnostics);
  return { boundary, diagnostics };
}
