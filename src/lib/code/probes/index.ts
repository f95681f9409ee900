// The probe catalogue: one line per probe; docs pages, SARIF rules and the tests read this list.
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Boundary } from '../model.ts';
import { goCBytesAsCString } from './go-cbytes-as-cstring.ts';
import { goCFreeRustMemory } from './go-c-free-rust-memory.ts';
import { goCleanupNotStopped } from './go-cleanup-not-stopped.ts';
import { goDestroyKeepsPointer } from './go-destroy-keeps-pointer.ts';
import { goErrorPathLeak } from './go-error-path-leak.ts';
import { goHandleDeletedEarly } from './go-handle-deleted-early.ts';
import { goHandleNotDeleted } from './go-handle-not-deleted.ts';
import { goLastErrorUnlocked } from './go-last-error-unlocked.ts';
import { goLengthInRunes } from './go-length-in-runes.ts';
import { goSetFinalizer } from './go-set-finalizer.ts';
import { render } from './probe.ts';
import type { Finding, Probe } from './probe.ts';
import { rustPanicEscapes } from './rust-panic-escapes.ts';
import { rustUnsafeWithoutSafety } from './rust-unsafe-without-safety.ts';

export const PROBES: readonly Probe[] = [
  rustPanicEscapes,
  rustUnsafeWithoutSafety,
  goCFreeRustMemory,
  goDestroyKeepsPointer,
  goCleanupNotStopped,
  goErrorPathLeak,
  goSetFinalizer,
  goHandleNotDeleted,
  goHandleDeletedEarly,
  goLastErrorUnlocked,
  goCBytesAsCString,
  goLengthInRunes,
];

/** Every probe's findings, in catalogue order then source order. */
export function runProbes(boundary: Boundary, probes: readonly Probe[] = PROBES): Finding[] {
  return probes.flatMap((p) => p.check(boundary));
}

export function findingToDiagnostic(f: Finding): Diagnostic {
  const probe = PROBES.find((p) => p.meta.id === f.probe)!;
  return { code: f.probe, severity: probe.meta.severity, message: render(probe.meta, f), file: f.pos.file, line: f.pos.line, column: f.pos.column, hint: `answers ${probe.meta.answers}` };
}
