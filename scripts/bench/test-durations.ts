// A node:test reporter that prints where a test run's time goes: per file, the sum of its top-level tests'
// durations, slowest first, and the total. Sums of durations move less with a loaded machine than wall time.
// Usage: node --test --test-reporter=./scripts/bench/test-durations.ts --test-reporter-destination=stdout \
//          --test-reporter=spec --test-reporter-destination=stderr 'test/unit/**/*.test.ts'
import { relative } from 'node:path';

interface TestEvent {
  type: string;
  data: { file?: string; nesting: number; details?: { duration_ms?: number; type?: string } };
}

export default async function* durations(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const perFile = new Map<string, { ms: number; tests: number; failed: number }>();
  for await (const event of source) {
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || event.data.nesting !== 0 || event.data.file === undefined) continue;
    const file = relative(process.cwd(), event.data.file);
    const entry = perFile.get(file) ?? { ms: 0, tests: 0, failed: 0 };
    entry.ms += event.data.details?.duration_ms ?? 0;
    entry.tests += 1;
    if (event.type === 'test:fail') entry.failed += 1;
    perFile.set(file, entry);
  }
  const rows = [...perFile].sort((a, b) => b[1].ms - a[1].ms);
  for (const [file, { ms, tests, failed }] of rows) {
    yield `${(ms / 1000).toFixed(1).padStart(7)} s  ${String(tests).padStart(4)} tests${failed ? ` (${failed} failed)` : ''}  ${file}\n`;
  }
  const total = rows.reduce((sum, [, r]) => sum + r.ms, 0);
  const tests = rows.reduce((sum, [, r]) => sum + r.tests, 0);
  yield `${(total / 1000).toFixed(1).padStart(7)} s  ${String(tests).padStart(4)} tests  sum over ${rows.length} files\n`;
}
