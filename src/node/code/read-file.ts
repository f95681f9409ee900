// One source file -> its model and diagnostics: parse, read, and for Go the cgo preamble's own C functions.
// The same function runs in the scanning thread and in the read workers (read-worker.ts), so a scan gives
// the same result whichever runs it.
import { maskCplusplus, readHeader } from '../../lib/code/c-header.ts';
import type { Variant } from '../../lib/code/conditions.ts';
import { readGo } from '../../lib/code/go.ts';
import type { GoFileModel, HeaderModel, RustFileModel } from '../../lib/code/model.ts';
import { macroBodies, maskRawLookalikes, readRust } from '../../lib/code/rust.ts';
import { parseDiagnostics } from '../../lib/code/syntax.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { withTree } from './parser.ts';

export type ReadJob =
  | { lang: 'c'; file: string; text: string }
  | { lang: 'rust'; file: string; text: string; variant: Variant }
  | { lang: 'go'; file: string; text: string };

export type ReadResult =
  | { lang: 'c'; model: HeaderModel; diagnostics: Diagnostic[] }
  | { lang: 'rust'; model: RustFileModel; diagnostics: Diagnostic[] }
  | { lang: 'go'; model: GoFileModel; diagnostics: Diagnostic[] };

export async function readFile(job: ReadJob): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  if (job.lang === 'c') {
    const model = await withTree('c', maskCplusplus(job.text), (r) => {
      diagnostics.push(...parseDiagnostics(r, job.file, 'c'));
      return readHeader(r, job.file);
    });
    return { lang: 'c', model, diagnostics };
  }
  if (job.lang === 'rust') {
    const [model, bodies] = await withTree('rust', maskRawLookalikes(job.text), (r) => {
      diagnostics.push(...parseDiagnostics(r, job.file, 'rust'));
      return [readRust(r, job.file, job.variant), macroBodies(r)] as const;
    });
    // A function inside `ffi_fn! { ... }` is Rust the grammar leaves as tokens: parse the body again, in place.
    for (const body of bodies) {
      const inner = await withTree('rust', body.text, (r) => readRust(r, job.file, job.variant));
      model.functions.push(...inner.functions.map((f) => ({ ...f, macro: body.macro })));
      model.structs.push(...inner.structs);
      model.unsafeBlocks.push(...inner.unsafeBlocks);
    }
    return { lang: 'rust', model, diagnostics };
  }
  const model = await withTree('go', job.text, (r) => {
    diagnostics.push(...parseDiagnostics(r, job.file, 'go'));
    return readGo(r, job.file);
  });
  if (model.preamble !== undefined) {
    const pre = model.preamble;
    // The preamble is C: the functions it defines are its own helpers, not calls into the library; the ones it
    // only declares are the library's, declared here instead of in the header.
    const h = await withTree('c', maskCplusplus(`${'\n'.repeat(pre.line - 1)}${pre.text}`), (r) => readHeader(r, job.file));
    model.preambleFunctions = h.functions.filter((f) => f.defined === true).map((f) => f.name);
    model.preambleDeclarations = h.functions.filter((f) => f.defined !== true).map((f) => f.name);
  }
  return { lang: 'go', model, diagnostics };
}
