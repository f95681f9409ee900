// Reads the pass/fail counts out of a stage's output (node:test, Playwright or Interlock's own summaries).
export interface Counts {
  passed: number;
  failed: number;
}

const PATTERNS: Array<{ passed: RegExp; failed: RegExp }> = [
  // node:test spec reporter: "ℹ pass 12" / "ℹ fail 0"; TAP: "# pass 12"
  { passed: /^(?:ℹ|#) pass (\d+)$/m, failed: /^(?:ℹ|#) fail (\d+)$/m },
  // Playwright: "  12 passed (3.1s)" and "  1 failed"
  { passed: /^\s+(\d+) passed\b/m, failed: /^\s+(\d+) failed\b/m },
  // Interlock's own runners: "12 passed, 0 failed"
  { passed: /^(\d+) passed, \d+ failed$/m, failed: /^\d+ passed, (\d+) failed$/m },
];

/** Counts from the last recognised summary; a stage with none counts as one check. */
export function countResults(output: string, ok: boolean): Counts {
  for (const pattern of PATTERNS) {
    const passed = lastMatch(output, pattern.passed);
    if (passed === undefined) continue;
    const failed = lastMatch(output, pattern.failed) ?? 0;
    // A runner can exit non-zero with no failed test (a crash after the tests): count that as a failure.
    return { passed, failed: !ok && failed === 0 ? 1 : failed };
  }
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function lastMatch(output: string, pattern: RegExp): number | undefined {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let value: number | undefined;
  for (const match of output.matchAll(global)) value = Number(match[1]);
  return value;
}
