// The one shape every problem takes, from a byte-level refusal to a lint finding: errors are data.
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** A stable code: an input or schema code (see codes.ts in contract/) or a lint rule ID. */
  code: string;
  severity: Severity;
  message: string;
  /** The file name as the user gave it (never resolved or rewritten). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (the unit SARIF and editors use). */
  column: number;
  hint?: string;
  /** A lint finding's message ID within its rule, and the values filled into it (tests compare these). */
  messageId?: string;
  data?: Readonly<Record<string, string>>;
}

/** Orders diagnostics by file, then position, then code, so output is stable whatever the rule order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
