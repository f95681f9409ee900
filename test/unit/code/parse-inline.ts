// Test helper: reads inline C, Rust and Go snippets into the boundary model through the real parsers.
import { readHeader } from '../../../src/lib/code/c-header.ts';
import { maskCplusplus } from '../../../src/lib/code/c-header.ts';
import { GOOD_VARIANT } from '../../../src/lib/code/conditions.ts';
import type { Variant } from '../../../src/lib/code/conditions.ts';
import type { Boundary, GoFileModel, HeaderModel, RustFileModel } from '../../../src/lib/code/model.ts';
import { readRust } from '../../../src/lib/code/rust.ts';
import { parseDiagnostics } from '../../../src/lib/code/syntax.ts';
import type { Lang } from '../../../src/lib/code/syntax.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { withTree } from '../../../src/node/code/parser.ts';
import { readFile } from '../../../src/node/code/read-file.ts';

export function header(text: string, file = 'x.h'): Promise<HeaderModel> {
  return withTree('c', maskCplusplus(text), (r) => readHeader(r, file));
}

export function rust(text: string, variant: Variant = GOOD_VARIANT, file = 'lib.rs'): Promise<RustFileModel> {
  return withTree('rust', text, (r) => readRust(r, file, variant));
}

/** Through the scanner's own file reader, so the cgo preamble's C functions are known as they are in a scan. */
export async function go(text: string, file = 'x.go'): Promise<GoFileModel> {
  const read = await readFile({ lang: 'go', file, text });
  if (read.lang !== 'go') throw new Error('readFile returned another language');
  return read.model;
}

export function syntaxErrors(lang: Lang, text: string, file = 'f'): Promise<Diagnostic[]> {
  return withTree(lang, text, (r) => parseDiagnostics(r, file, lang));
}

/** A boundary from snippets; the Go files take their preamble functions from the C parse the scanner does. */
export async function boundary(parts: { h?: string; rs?: string; go?: string[]; variant?: Variant }): Promise<Boundary> {
  const b: Boundary = { rust: [], go: [] };
  if (parts.h !== undefined) b.header = await header(parts.h);
  if (parts.rs !== undefined) b.rust.push(await rust(parts.rs, parts.variant));
  for (const [i, g] of (parts.go ?? []).entries()) b.go.push(await go(g, `f${i}.go`));
  return b;
}
