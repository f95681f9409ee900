// Reads a header, a Rust crate and a Go package from disk into a Boundary for one variant, with diagnostics.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { goBuildHolds, GOOD_VARIANT } from '../../lib/code/conditions.ts';
import type { Variant } from '../../lib/code/conditions.ts';
import { CODE_LIMITS } from '../../lib/code/limits.ts';
import type { Boundary, GoFileModel, RustFileModel } from '../../lib/code/model.ts';
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
  return out;
}

/** `threads` chooses who reads the files (read-pool.ts); the default decides by the amount of source. */
export async function scanSources(paths: SourcePaths, variant: Variant = GOOD_VARIANT, options: { threads?: Threads } = {}): Promise<Scan> {
  const threads = options.threads ?? 'auto';
  const diagnostics: Diagnostic[] = [];
  const boundary: Boundary = { rust: [], go: [] };
  if (paths.header !== undefined) {
    const file = paths.header;
    const text = readSource(file, diagnostics);
    if (text !== undefined) {
      const [result] = await readFiles([{ lang: 'c', file, text }]);
      if (result?.lang === 'c') {
        diagnostics.push(...result.diagnostics);
        boundary.header = result.model;
      }
    }
  }
  if (paths.rust !== undefined) boundary.rust = await scanRust(paths.rust, variant, diagnostics, threads);
  if (paths.go !== undefined) boundary.go = await scanGo(paths.go, variant, diagnostics, threads);
  return { boundary, diagnostics };
}
