// The JSON report of a check: stable field order, one entry per file, so CI scripts can diff and filter it.
import type { Diagnostic } from './diagnostic.ts';
import { countBySeverity } from './diagnostic.ts';
import { jsonText } from '../output/json.ts';

export interface FileReport {
  file: string;
  /** False when the file could not be read or parsed, or broke the schema (it was not linted). */
  usable: boolean;
  diagnostics: Diagnostic[];
  /** Fact IDs the contract implies (usable files only). */
  facts?: string[];
}

export function toJsonReport(tool: { name: string; version: string }, files: readonly FileReport[]): string {
  const all = files.flatMap((f) => f.diagnostics);
  const counts = countBySeverity(all);
  const report = {
    tool: tool.name,
    version: tool.version,
    summary: { files: files.length, unusable: files.filter((f) => !f.usable).length, errors: counts.error, warnings: counts.warning },
    files: files.map((f) => ({
      file: f.file,
      usable: f.usable,
      ...(f.facts !== undefined ? { facts: f.facts } : {}),
      diagnostics: f.diagnostics.map(diagnosticJson),
    })),
  };
  return jsonText(report);
}

/** A diagnostic as every JSON report prints it: the fields in one fixed order, `hint` only when there is one. */
export function diagnosticJson(d: Diagnostic): Diagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
  };
}
