// Progress lines, the per-pattern verdict table, the final tally and .cache/patterns/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type Verdict =
  | 'pass' // correct variant: the detector passed
  | 'caught' // broken variant: the detector failed with the expected message (and the transcript matches)
  | 'fail' // correct variant: the detector failed
  | 'missed' // broken variant: the detector passed, so the bug went unnoticed
  | 'wrong-message' // broken variant: the detector failed, but not with the expected message
  | 'transcript' // broken variant caught, but its committed transcript is missing or stale
  | 'build-failed'
  | 'timeout'
  | 'invalid' // pattern.yaml did not validate
  | 'not-run'; // interrupted before it ran

export interface CheckResult {
  pattern: string;
  variant: string; // "correct" or the broken variant id
  detector: string;
  verdict: Verdict;
  seconds: number;
  command: string;
  reason?: string;
  output: string;
}

export const isOk = (v: Verdict): boolean => v === 'pass' || v === 'caught';

const MAX_OUTPUT = 100_000;

/** Output kept in results.json: all of it, or its head and tail when it is huge. */
function capOutput(s: string): string {
  if (s.length <= MAX_OUTPUT) return s;
  const half = MAX_OUTPUT / 2;
  return `${s.slice(0, half)}\n… [${s.length - MAX_OUTPUT} characters elided] …\n${s.slice(-half)}`;
}

export function progressLine(i: number, n: number, r: CheckResult): string {
  const word = isOk(r.verdict) ? 'ok' : r.verdict === 'not-run' ? 'interrupted' : `FAIL (${r.verdict})`;
  return `[${i}/${n}] ${r.pattern} · ${r.detector} · ${r.variant} ... ${word} ${r.seconds.toFixed(1)}s`;
}

/** The last lines of a failed check's output, indented under its progress line. */
export function failureDetail(r: CheckResult, lines = 30): string {
  if (r.verdict === 'transcript') return `    ${r.reason ?? ''}`;
  const tail = r.output.trimEnd().split('\n').slice(-lines);
  return [...(r.reason ? [`    ${r.reason}`] : []), `    $ ${r.command}`, ...tail.map((l) => `    | ${l}`)].join('\n');
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function verdictTable(results: readonly CheckResult[]): string {
  const byPattern = new Map<string, CheckResult[]>();
  for (const r of results) byPattern.set(r.pattern, [...(byPattern.get(r.pattern) ?? []), r]);
  const vw = Math.max(7, ...results.map((r) => r.variant.length));
  const dw = Math.max(8, ...results.map((r) => r.detector.length));
  const out: string[] = [];
  for (const [pattern, rs] of byPattern) {
    const ok = rs.filter((r) => isOk(r.verdict)).length;
    out.push('', `${pattern}  (${ok}/${rs.length})`);
    out.push(`  ${pad('variant', vw)}  ${pad('detector', dw)}  ${pad('verdict', 13)}  time`);
    for (const r of rs) {
      out.push(`  ${pad(r.variant, vw)}  ${pad(r.detector, dw)}  ${pad(r.verdict, 13)}  ${r.seconds.toFixed(1)}s`);
    }
  }
  return out.join('\n');
}

export function writeResults(file: string, meta: Record<string, unknown>, results: readonly CheckResult[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const checks = results.map((r) => ({ ...r, seconds: Math.round(r.seconds * 100) / 100, output: capOutput(r.output) }));
  writeFileSync(file, `${JSON.stringify({ ...meta, checks }, null, 2)}\n`);
}
