// Reads a header, a Rust crate and a Go package from disk into a Boundary for one variant, with diagnostics.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { goBuildHolds, GOOD_VARIANT } from '../../lib/code/conditions.ts';
import type { Variant } from '../../lib/code/conditions.ts';
import { CODE_LIMITS } from '../../lib/code/limits.ts';
import { mergeHeaders } from '../../lib/code/c-header.ts';
import { collectMacros, expandHeaderMacros, headerIncludes } from '../../lib/code/c-macros.ts';
import type { Boundary, GoFileModel, HeaderModel, RustFileModel } from '../../lib/code/model.ts';
import { resolveMacroExports } from '../../lib/code/rust.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { readBoundedFromDisk } from '../../cli/io.ts';
import type { ReadJob } from './read-file.ts';
import { readFiles } from './read-pool.ts';
import type { Threads } from './read-pool.ts';

export interface SourcePaths {
  header?: string;
  /** A crate directory (its src/lib.rs is read) or one .rs file. */
  rust?: string;
  /** A Go package directory or one .go file. */
  go?: string;
}

interface Scan {
  boundary: Boundary;
  diagnostics: Diagnostic[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function unreadable(file: string, reason: string): Diagnostic {
  return { code: 'code-unreadable', severity: 'error', message: `cannot read the source file: ${reason}`, file, line: 1, column: 1 };
}

/** Bounded, strict UTF-8 read; a problem becomes a diagnostic and undefined. */
function readSource(file: string, diagnostics: Diagnostic[]): string | undefined {
  const read = readBoundedFromDisk(file, CODE_LIMITS.maxFileBytes);
  if (!read.ok) return void diagnostics.push(unreadable(file, read.reason));
  if (read.bytes.length > CODE_LIMITS.maxFileBytes) return void diagnostics.push(unreadable(file, `larger than ${CODE_LIMITS.maxFileBytes} bytes`));
  try {
    return decoder.decode(read.bytes);
  } catch {
    return void diagnostics.push(unreadable(file, 'not UTF-8 text'));
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where `mod name;` in `from` lives: next to lib.rs/mod.rs/main.rs, else in a folder named after the file. */
function moduleFile(from: string, raw: string): string {
  // `mod r#ref;` (a keyword as a name) lives in ref.rs.
  const name = raw.replace(/^r#/, '');
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

async function scanRust(root: string, variant: Variant, diagnostics: Diagnostic[], threads: Threads): Promise<RustFileModel[]> {
  // Breadth first, one wave of files at a time: each wave is read in parallel, and the modules it declares
  // make the next wave, so the files come out in the same order a one-at-a-time walk gives.
  let wave = [isDir(root) ? join(root, 'src', 'lib.rs') : root];
  const seen = new Set<string>();
  const out: RustFileModel[] = [];
  while (wave.length > 0 && seen.size < CODE_LIMITS.maxFiles) {
    const jobs: ReadJob[] = [];
    for (const file of wave) {
      if (seen.has(file) || seen.size >= CODE_LIMITS.maxFiles) continue;
      seen.add(file);
      const text = readSource(file, diagnostics);
      if (text !== undefined) jobs.push({ lang: 'rust', file, text, variant });
    }
    const next: string[] = [];
    for (const result of await readFiles(jobs, threads)) {
      if (result.lang !== 'rust') continue;
      diagnostics.push(...result.diagnostics);
      const { model } = result;
      out.push(model);
      // A #[path] is relative to the directory of the file that declares the module.
      for (const m of model.modules) next.push(m.path !== undefined ? join(dirname(model.file), m.path) : moduleFile(model.file, m.name));
    }
    wave = next;
  }
  resolveMacroExports(out);
  return out;
}

async function scanGo(root: string, variant: Variant, diagnostics: Diagnostic[], threads: Threads): Promise<GoFileModel[]> {
  let files: string[];
  try {
    files = isDir(root) ? readdirSync(root).filter((f) => f.endsWith('.go')).sort().map((f) => join(root, f)) : [root];
  } catch {
    diagnostics.push(unreadable(root, 'cannot list the directory'));
    return [];
  }
  const jobs: ReadJob[] = [];
  for (const file of files.slice(0, CODE_LIMITS.maxFiles)) {
    const text = readSource(file, diagnostics);
    if (text !== undefined) jobs.push({ lang: 'go', file, text });
  }
  const out: GoFileModel[] = [];
  for (const result of await readFiles(jobs, threads)) {
    if (result.lang !== 'go') continue;
    // A file the build constraint leaves out of this variant is not part of it, nor are its syntax errors.
    if (result.model.build !== undefined && !goBuildHolds(result.model.build, variant)) continue;
    diagnostics.push(...result.diagnostics);
    out.push(result.model);
  }
  const helpers = isDir(root) ? await packageCFunctions(root, diagnostics) : [];
  for (const model of out) model.preambleFunctions = [...new Set([...model.preambleFunctions, ...helpers])];
  return out;
}

/**
 * C functions the Go package defines in its own .c files (cgo compiles them with the package, as wasmtime-go's
 * shims.c): the package's helpers, like functions its preamble defines, never the library's.
 */
async function packageCFunctions(root: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const files: { file: string; text: string }[] = [];
  for (const f of readdirSync(root).filter((n) => /\.[ch]$/.test(n)).sort().slice(0, CODE_LIMITS.maxFiles)) {
    const text = readSource(join(root, f), diagnostics);
    if (text !== undefined) files.push({ file: join(root, f), text });
  }
  // Helpers are often stamped out by macros the package's own headers define (wasmtime-go's UNION_ACCESSOR).
  const macros = collectMacros(files.map((f) => f.text));
  const jobs: ReadJob[] = files.filter((f) => f.file.endsWith('.c')).map((f) => ({ lang: 'c', file: f.file, text: expandHeaderMacros(f.text, macros) }));
  const names: string[] = [];
  for (const result of await readFiles(jobs, 'one')) {
    if (result.lang === 'c') names.push(...result.model.functions.filter((fn) => fn.defined === true).map((fn) => fn.name));
  }
  return names;
}

/**
 * The header and the library headers it includes: `#include "x.h"` next to the including file, and
 * `#include <lib/x.h>` when it exists under the first header's folder (the library's include directory).
 * Anything else (<stdint.h>, a dependency's headers) is the toolchain's and stays unread. The macros of all
 * of them are known before any is parsed, since one header decorates with macros another defines.
 */
async function scanHeader(root: string, diagnostics: Diagnostic[]): Promise<HeaderModel | undefined> {
  const includeDir = dirname(root);
  const files: { file: string; text: string }[] = [];
  const seen = new Set<string>([resolve(root)]);
  for (let queue = [root]; queue.length > 0;) {
    const file = queue.shift()!;
    const text = readSource(file, diagnostics);
    if (text === undefined) continue;
    files.push({ file, text });
    for (const inc of headerIncludes(text)) {
      const candidates = inc.system ? [join(includeDir, inc.path)] : [join(dirname(file), inc.path), join(includeDir, inc.path)];
      const found = candidates.find((c) => statSafe(c));
      if (found === undefined || seen.has(resolve(found)) || seen.size >= CODE_LIMITS.maxFiles) continue;
      seen.add(resolve(found));
      queue.push(found);
    }
  }
  if (files[0]?.file !== root) return undefined;
  const macros = collectMacros(files.map((f) => f.text));
  const jobs: ReadJob[] = files.map(({ file, text }) => ({ lang: 'c', file, text: expandHeaderMacros(text, macros) }));
  const models: HeaderModel[] = [];
  for (const result of await readFiles(jobs, jobs.length > 1 ? 'auto' : 'one')) {
    if (result.lang !== 'c') continue;
    diagnostics.push(...result.diagnostics);
    models.push(result.model);
  }
  return mergeHeaders(models);
}

/** `threads` chooses who reads the files (read-pool.ts); the default decides by the amount of source. */
export async function scanSources(paths: SourcePaths, variant: Variant = GOOD_VARIANT, options: { threads?: Threads } = {}): Promise<Scan> {
  const threads = options.threads ?? 'auto';
  const diagnostics: Diagnostic[] = [];
  const boundary: Boundary = { rust: [], go: [] };
  if (paths.header !== undefined) {
    const header = await scanHeader(paths.header, diagnostics);
    if (header !== undefined) boundary.header = header;
  }
  if (paths.rust !== undefined) boundary.rust = await scanRust(paths.rust, variant, diagnostics, threads);
  if (paths.go !== undefined) boundary.go = await scanGo(paths.go, variant, diagnostics, threads);
  return { boundary, diagnostics };
}
