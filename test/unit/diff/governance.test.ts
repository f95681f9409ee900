// ABI governance: the version bump must match what the changes require, and a removed Go sentinel that Go
// code may still match with errors.Is is flagged. Findings are positioned diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffContracts } from '../../../src/lib/diff/diff.ts';
import type { DiffReport } from '../../../src/lib/diff/diff.ts';
import { GOVERNANCE_CODES } from '../../../src/lib/diff/governance.ts';
import { cases, contract, side } from './support.ts';

const F = '  demo_f:\n    errors: out-param\n    panics: catch';
const G = '  demo_g:\n    errors: none\n    panics: catch';

function diff(base: string, head: string): DiffReport {
  return diffContracts(side('base.yaml', base), side('head.yaml', head), { kind: 'facts', summaries: {} });
}

function findings(report: DiffReport): string[] {
  return report.governance.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}`);
}

test('a removed function without a major bump is an error at library.abi, with the version to use', () => {
  const report = diff(contract({ abi: '2.3', functions: `${F}\n${G}` }), contract({ abi: '2.4', functions: F }));
  assert.deepEqual(findings(report), ['head.yaml:4:8: error abi-major-bump-missing']);
  assert.equal(report.governance[0]?.hint, 'set library.abi to "3.0", or make the change compatible');
  assert.deepEqual(report.abi, { base: '2.3', head: '2.4', bump: 'minor', required: 'major', expected: '3.0' });
  assert.equal(report.exitCode, 1);
});

test('0.x follows Cargo: 0.4 -> 0.5 is the breaking bump (the handshake refuses another 0.minor), 0.4 -> 0.4 is not', () => {
  const report = diff(contract({ abi: '0.4', functions: `${F}\n${G}` }), contract({ abi: '0.5', functions: F }));
  assert.deepEqual(findings(report), []);
  assert.deepEqual(report.abi, { base: '0.4', head: '0.5', bump: 'major', required: 'major', expected: '0.5' });
  const same = diff(contract({ abi: '0.4', functions: `${F}\n${G}` }), contract({ abi: '0.4', functions: F }));
  assert.deepEqual(findings(same), ['head.yaml:4:8: error abi-major-bump-missing']);
  assert.equal(same.governance[0]?.hint, 'set library.abi to "0.5", or make the change compatible');
  assert.match(same.governance[0]?.message ?? '', /only a new major version \(under 0\.x, a new minor, as in Cargo\) makes the start-up check refuse an old Go wrapper$/);
  // An addition under 0.x also takes the next 0.minor: 0.x has no compatible step.
  assert.deepEqual(findings(diff(contract({ abi: '0.4', functions: F }), contract({ abi: '0.5', functions: `${F}\n${G}` }))), []);
});

test('the major bump satisfies a breaking change, and also a compatible addition', () => {
  assert.deepEqual(findings(diff(contract({ abi: '2.3', functions: `${F}\n${G}` }), contract({ abi: '3.0', functions: F }))), []);
  assert.deepEqual(findings(diff(contract({ abi: '2.3', functions: F }), contract({ abi: '3.0', functions: `${F}\n${G}` }))), []);
});

test('a compatible addition without a minor bump is a warning; with it there is no finding', () => {
  const report = diff(contract({ abi: '2.3', functions: F }), contract({ abi: '2.3', functions: `${F}\n${G}` }));
  assert.deepEqual(findings(report), ['head.yaml:4:8: warning abi-minor-bump-missing']);
  assert.equal(report.governance[0]?.hint, 'set library.abi to "2.4"');
  assert.deepEqual(findings(diff(contract({ abi: '2.3', functions: F }), contract({ abi: '2.4', functions: `${F}\n${G}` }))), []);
});

test('a version that goes down is an error even when nothing else changed', () => {
  const report = diff(contract({ abi: '2.3', functions: F }), contract({ abi: '1.9', functions: F }));
  assert.deepEqual(findings(report), ['head.yaml:4:8: error abi-version-decreased']);
  assert.equal(report.changes.length, 0);
  assert.equal(report.exitCode, 1);
});

test('a removed sentinel is flagged where the base declared it; a renumbered one is not', () => {
  const base = contract({ abi: '1.0', functions: F, errors: '  1: { name: busy, go: ErrBusy }\n  2: { name: gone, go: ErrGone }\n  3: { name: late, go: ErrLate }' });
  const head = contract({ abi: '2.0', functions: F, errors: '  1: { name: busy, go: ErrBusy }\n  7: { name: late, go: ErrLate }' });
  const report = diff(base, head);
  assert.deepEqual(findings(report), ['base.yaml:12:24: warning error-sentinel-removed']);
  assert.equal(report.governance[0]?.message, 'ErrGone (error code 2) is no longer in the contract, but Go code may still match errors.Is(err, ErrGone), which now never succeeds');
  assert.deepEqual(report.changes.map((c) => c.kind), ['error-code-removed', 'error-code-renumbered']);
});

test('a code reused for another error is flagged even with the major bump', () => {
  const base = contract({ abi: '1.0', functions: F, errors: '  1: { name: busy, go: ErrBusy }' });
  const head = contract({ abi: '2.0', functions: F, errors: '  1: { name: full, go: ErrFull }' });
  assert.deepEqual(findings(diff(base, head)), ['base.yaml:11:24: warning error-sentinel-removed', 'head.yaml:11:3: warning error-code-reused']);
});

test('every finding in the pinned reports is a catalogued governance code with its catalogued severity', () => {
  const seen = new Set<string>();
  for (const c of cases()) {
    for (const g of (JSON.parse(c.expected.json) as { governance: Array<{ code: keyof typeof GOVERNANCE_CODES; severity: string }> }).governance) {
      assert.equal(g.severity, GOVERNANCE_CODES[g.code].severity, `${c.name} ${g.code}`);
      seen.add(g.code);
    }
  }
  assert.deepEqual([...seen].sort(), Object.keys(GOVERNANCE_CODES).sort());
});
