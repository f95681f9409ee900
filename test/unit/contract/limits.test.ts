// The cost caps: lines and entries counted before parsing with exact positions, functions and types refused
// before linting, and the text report's cap on printed findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContract } from '../../../src/lib/contract/check.ts';
import { COST_LIMITS, scanCost, sizeProblem } from '../../../src/lib/contract/limits.ts';
import { runMain } from '../cli/run-main.ts';

const small = { ...COST_LIMITS, maxLines: 3, maxItems: 4 };

test('scanCost counts entries and reports the first one past the cap, in UTF-16 columns', () => {
  // `: `, `[` and two commas: four entries, at the cap.
  assert.equal(scanCost('a: [1, 2, 3]\n', 'x.yaml', small), undefined);
  assert.deepEqual(scanCost('a: [1, 2, 3, 4]\n', 'x.yaml', small), {
    code: 'input-too-large', severity: 'error', file: 'x.yaml', line: 1, column: 12,
    message: 'the contract has more than 4 YAML entries, the most a contract may have', hint: 'split the library into several contracts',
  });
  // The same text as UTF-8 bytes, after a two-byte and a four-byte character: columns stay UTF-16.
  const bytes = new TextEncoder().encode('é😀: [1, 2, 3, 4]\n');
  assert.equal(scanCost(bytes, 'x.yaml', small)?.column, 14);
  // A colon inside a word and a dash inside a number are not entries.
  assert.equal(scanCost('url: http://x\nn: -1-2\n', 'x.yaml', small), undefined);
});

test('scanCost counts lines (LF, CRLF and CR) and refuses at the first line past the cap', () => {
  assert.equal(scanCost('a\nb\nc', 'x.yaml', small), undefined);
  assert.equal(scanCost('a\r\nb\rc\nd', 'x.yaml', small)?.line, 4);
  assert.equal(scanCost('a\r\nb\rc\nd', 'x.yaml', small)?.message, 'the contract has more than 3 lines, the most a contract may have');
});

test('sizeProblem names the count and the cap', () => {
  assert.equal(sizeProblem({ functions: COST_LIMITS.maxFunctions, types: COST_LIMITS.maxTypes }), undefined);
  assert.deepEqual(sizeProblem({ functions: COST_LIMITS.maxFunctions + 1, types: 0 }), { section: 'functions', message: `the contract declares ${COST_LIMITS.maxFunctions + 1} functions; at most ${COST_LIMITS.maxFunctions} are accepted` });
  assert.deepEqual(sizeProblem({ functions: 1, types: COST_LIMITS.maxTypes + 1 }), { section: 'types', message: `the contract declares ${COST_LIMITS.maxTypes + 1} types; at most ${COST_LIMITS.maxTypes} are accepted` });
});

const HEADER = 'interlock: 1\nlibrary: { name: demo, abi: "1.0", go_package: example.com/demo }\nfunctions:\n';

/** Functions without error or panic policy: two lint findings each. */
function bareFunctions(n: number): string {
  return HEADER + Array.from({ length: n }, (_, i) => `  q_${i}: {}\n`).join('');
}

test('a contract at the function cap is linted; one past it is refused at the functions key, unlinted', () => {
  const at = checkContract(bareFunctions(COST_LIMITS.maxFunctions), 'at.yaml');
  assert.equal(at.model?.functions.length, COST_LIMITS.maxFunctions);
  assert.equal(at.findings.length, COST_LIMITS.maxFunctions * 2);
  const past = checkContract(bareFunctions(COST_LIMITS.maxFunctions + 1), 'past.yaml');
  assert.equal(past.model, undefined);
  assert.deepEqual(past.findings, []);
  assert.deepEqual(past.parseDiagnostics.map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`), [`3:1 input-too-large: the contract declares ${COST_LIMITS.maxFunctions + 1} functions; at most ${COST_LIMITS.maxFunctions} are accepted`]);
});

test('check prints the first findings of a file and counts the rest; JSON keeps them all', async () => {
  const input = bareFunctions(150);
  const text = await runMain(['check', '-'], { input });
  const lines = text.stdout.split('\n');
  assert.equal(lines.filter((l) => /^-:\d+:\d+: /.test(l)).length, COST_LIMITS.maxFindingsShown);
  assert.deepEqual(lines.slice(-3), ['-: ... and 100 more problems (interlock check --format json lists them all)', '1 contract checked: 300 errors', '']);
  const json = JSON.parse((await runMain(['check', '--format', 'json', '-'], { input })).stdout) as { files: Array<{ diagnostics: unknown[] }> };
  assert.equal(json.files[0]?.diagnostics.length, 300);
});

test('diagram --format svg refuses a contract past its function cap before any browser starts', async () => {
  const fns = HEADER + Array.from({ length: COST_LIMITS.maxDiagramFunctions + 1 }, (_, i) => `  q_${i}: { errors: none, panics: catch }\n`).join('');
  const r = await runMain(['diagram', '--format', 'svg', '-'], { input: fns });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `interlock diagram: - declares ${COST_LIMITS.maxDiagramFunctions + 1} functions; --format svg draws at most ${COST_LIMITS.maxDiagramFunctions} (--format mermaid has no such limit); nothing was drawn\n`);
});
