// Checks the struct sizes and alignments a contract states by compiling a tiny C program against the header.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ContractModel, StructTypeModel } from '../../lib/contract/model.ts';
import type { Locator } from '../../lib/contract/locate.ts';
import { at, diag } from '../../lib/code/drift.ts';
import type { HeaderModel } from '../../lib/code/model.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';

interface LayoutResult {
  diagnostics: Diagnostic[];
  /** Said when the check could not run (no compiler, the header does not compile). */
  note?: string;
}

/** The first C compiler on PATH: $CC, then cc, gcc, clang. */
function findCompiler(): string | undefined {
  const candidates = [process.env['CC'], 'cc', 'gcc', 'clang'].filter((c): c is string => c !== undefined && c !== '');
  return candidates.find((c) => spawnSync(c, ['--version'], { stdio: 'ignore', timeout: 10_000 }).status === 0);
}

function probeSource(header: string, spellings: readonly string[]): string {
  const lines = spellings.map((s, i) => `  printf("%d %zu %zu\\n", ${i}, sizeof(${s}), _Alignof(${s}));`);
  return ['#include <stddef.h>', '#include <stdint.h>', '#include <stdbool.h>', '#include <stdio.h>', `#include "${header.replace(/["\\]/g, '')}"`, 'int main(void) {', ...lines, '  return 0;', '}', ''].join('\n');
}

type Measured = { ok: true; compiler: string; layouts: { size: number; align: number }[] } | { ok: false; note: string };

/** sizeof and _Alignof of each C type spelling, compiled against the header; in the order given. */
export function measureLayouts(headerFile: string, spellings: readonly string[]): Measured {
  const cc = findCompiler();
  if (cc === undefined) return { ok: false, note: 'no C compiler (cc, gcc or clang) was found, so struct sizes and alignments were not measured' };
  const dir = mkdtempSync(join(tmpdir(), 'interlock-layout-'));
  try {
    writeFileSync(join(dir, 'probe.c'), probeSource(resolve(headerFile), spellings));
    // The header's folder is an include directory, so its `#include <lib/types.h>` resolve as the library's build does.
    const built = spawnSync(cc, ['-std=c11', '-I', dirname(resolve(headerFile)), '-o', join(dir, 'probe'), join(dir, 'probe.c')], { encoding: 'utf8', timeout: 60_000 });
    const firstError = (built.stderr ?? '').split('\n').find((l) => /error/.test(l)) ?? (built.stderr ?? '').split('\n')[0] ?? 'no message';
    if (built.status !== 0) return { ok: false, note: `the layout probe did not compile with ${cc} (${firstError}); sizes were not checked` };
    const ran = spawnSync(join(dir, 'probe'), [], { encoding: 'utf8', timeout: 10_000 });
    if (ran.status !== 0) return { ok: false, note: 'the layout probe did not run; sizes were not checked' };
    const layouts = ran.stdout.trim().split('\n').map((l) => l.split(' ').map(Number)).map(([, size, align]) => ({ size: size!, align: align! }));
    return { ok: true, compiler: cc, layouts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The spelling that names a header struct in C: its typedef name, else `struct Tag`. */
export function spelling(header: HeaderModel, name: string): string {
  return header.typedefs.includes(name) ? name : `struct ${name}`;
}

/** Compares `size:` and `align:` of every contract struct the header defines with what the compiler lays out. */
export function layoutDrift(contract: ContractModel, locate: Locator, file: string, header: HeaderModel): LayoutResult {
  const structs = contract.types
    .filter((t): t is StructTypeModel => t.kind === 'struct' && (t.size !== undefined || t.align !== undefined))
    .filter((t) => header.structs.some((s) => s.name === t.name && s.fields !== undefined));
  if (structs.length === 0) return { diagnostics: [] };
  const measured = measureLayouts(header.file, structs.map((t) => spelling(header, t.name)));
  if (!measured.ok) {
    if (measured.note.startsWith('no C compiler')) return { diagnostics: [{ ...diag('drift-layout-unchecked', { file, line: 1, column: 1 }, measured.note), severity: 'warning' }] };
    return { diagnostics: [], note: measured.note };
  }
  return { diagnostics: compare(measured.layouts, structs, locate, file, header), note: `struct layouts checked with ${measured.compiler}` };
}

function compare(layouts: readonly { size: number; align: number }[], structs: readonly StructTypeModel[], locate: Locator, file: string, header: HeaderModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  structs.forEach((t, i) => {
    const real = layouts[i];
    if (real === undefined) return;
    const h = header.structs.find((s) => s.name === t.name)!;
    for (const [key, stated, value] of [['size', t.size, real.size], ['align', t.align, real.align]] as const) {
      if (stated === undefined || stated === value) continue;
      const { line: l, column } = locate([...t.path, key], 'value');
      out.push(diag('drift-layout', { file, line: l, column }, `struct ${t.name} has ${key} ${stated} in the contract, but the C compiler lays it out with ${key} ${value} (header ${at(h.pos)})`));
    }
  });
  return out;
}
