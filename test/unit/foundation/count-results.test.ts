// The suite summary reads each runner's own closing counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countResults } from '../../support/count-results.ts';

test('node:test spec reporter', () => {
  assert.deepEqual(countResults('ℹ tests 7\nℹ pass 6\nℹ fail 1\n', false), { passed: 6, failed: 1 });
});

test('Playwright list reporter', () => {
  assert.deepEqual(countResults('  2 failed\n    [chromium] › a.spec.ts\n  31 passed (12.0s)\n', false), { passed: 31, failed: 2 });
});

test("Interlock's own closing line", () => {
  assert.deepEqual(countResults('[3/3] ...\n40 passed, 0 failed\n', true), { passed: 40, failed: 0 });
});

test('a non-zero exit with no failed test still counts as a failure', () => {
  assert.deepEqual(countResults('ℹ pass 3\nℹ fail 0\nSegmentation fault\n', false), { passed: 3, failed: 1 });
  assert.deepEqual(countResults('no summary here', true), { passed: 1, failed: 0 });
});
