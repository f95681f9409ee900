// Small pieces every diff format shares: grouping by severity, counts in words, positions as file:line:col.
import type { SourcePosition } from '../contract/locate.ts';
import type { Change } from './change.ts';
import type { DiffReport } from './diff.ts';
import { IMPACTS } from './kinds.ts';
import type { Impact } from './kinds.ts';

interface IndexedChange {
  change: Change;
  /** Position in report.changes. */
  index: number;
}

export function byImpact(report: DiffReport): Array<{ severity: Impact; changes: IndexedChange[] }> {
  return IMPACTS.map((severity) => ({
    severity,
    changes: report.changes.map((change, index) => ({ change, index })).filter(({ change }) => change.severity === severity),
  })).filter((g) => g.changes.length > 0);
}

export function counts(report: DiffReport): Record<Impact, number> {
  const out: Record<Impact, number> = { 'breaking-abi': 0, 'memory-safety': 0, compatible: 0 };
  for (const c of report.changes) out[c.severity] += 1;
  return out;
}

export function at(file: string, pos: SourcePosition): string {
  return `${file}:${pos.line}:${pos.column}`;
}

/** "major bump required, present", "minor bump required, missing: expected 2.4" or "no bump required". */
export function bumpSentence(report: DiffReport): string {
  const { abi } = report;
  if (abi.required === 'none') return 'no bump required';
  const enough = abi.bump === abi.required || (abi.bump === 'major' && abi.required === 'minor');
  return enough ? `${abi.required} bump required, present` : `${abi.required} bump required, missing: expected ${abi.expected}`;
}
