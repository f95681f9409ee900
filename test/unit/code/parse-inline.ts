// Test helper: reads inline C, Rust and Go snippets into the boundary model through the real parsers.
import { readHeader } from '../../../src/lib/code/c-header.ts';
import { maskCplusplus } from '../../../src/lib/code/c-header.ts';
import { GOOD_VARIANT } from '../../../src/lib/code/conditions.ts';
import type { Variant } from '../../../src/lib/code/conditions.ts';
import { readGo } from '../../../src/lib/code/go.ts';
import type { Boundary, GoFileModel, HeaderModel, RustFileModel } from '../../../src/lib/code/model.ts';
import { readRust } from '../../../src/lib/code/rust.ts';
import { parseDiagnostics } from '../../../src/lib/code/syntax.ts';
import type { Lang } from '../../../src/lib/code/syntax.ts';
import type { Diagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { withTree } from '../../../src/node/code/parser.ts';

export function header(text: string, file = 'x.h'): Promise<HeaderModel> {
  return withTree('c', maskCplusplus(text), (r) => readHeader(r, file));
}

export function rust(text: string, variant: Variant = GOOD_VARIANT, file = 'lib.rs'): Promise<RustFileModel> {
  return withTree('rust', text, (r) => readRust(r, file, variant));
}

export function go(text: string, file = 'x.go'): Promise<GoFileModel> {
  return withTree('go', text, (r) => readGo(r, file));
}

export function syntaxErrors(lang: Lang, text: string, file = 'f'): Promise<Diagnostic[]> {
  return withTree(lang, text, (r) => parseDiagnostics(r, file, lang));
}

/** A boundary from snippets; the Go files take their preamble functions from a regex-free C parse. */
export async function boundary(parts: { h?: string; rs?: string; go?: string[]; variant?: Variant }): Promise<Boundary> {
  const b: Boundary = { rust: [], go: [] };
  if (parts.h !== undefined) b.header = await header(parts.h);
  if (parts.rs !== undefined) b.rust.push(await rust(parts.rs, parts.variant));
  for (const [i, g] of (parts.go ?? []).entries()) b.go.push(await go(g, `f${i}.go`));
  return b;
}
