// The rule loader on hand-made files: every problem is reported with its exact file, line and column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { loadCatalogue, parseRuleFile, type CatalogueContext } from '../../../src/lib/rules/catalogue.ts';

const ctx: CatalogueContext = {
  knownFacts: new Set(['handle.opaque', 'incident']),
  knownPatterns: new Set(['opaque-handle']),
  knownLintRules: new Set(['panic-abort']),
  knownSeeds: new Set(['S0-23']),
};

const GOOD = `id: IL-HDL-901
title: A handle is freed once
severity: high
phase: implementation
when:
  all-of: [handle.opaque]
rationale: Because.
verify:
  - step: Run the tests.
    run: go test ./...
    in: go
evidence: [test output]
covers: [S0-23]
patterns: [opaque-handle]
lint: [panic-abort]
anssi: [FFI-MEM-OWNER]
references:
  - title: cgo
    url: https://pkg.go.dev/cmd/cgo
`;

function problems(text: string, path = 'playbooks/rules/IL-HDL-901.yaml'): string[] {
  return parseRuleFile({ path, text }, ctx).diagnostics.map((d) => formatDiagnostic(d));
}

test('a complete rule parses, with defaults filled in', () => {
  const parsed = parseRuleFile({ path: 'playbooks/rules/IL-HDL-901.yaml', text: GOOD }, ctx);
  assert.deepEqual(parsed.diagnostics, []);
  assert.equal(parsed.rule?.id, 'IL-HDL-901');
  assert.deepEqual(parsed.rule?.verify, [{ step: 'Run the tests.', run: 'go test ./...', in: 'go' }]);
  const minimal = GOOD.replace('patterns: [opaque-handle]\nlint: [panic-abort]\nanssi: [FFI-MEM-OWNER]\n', '');
  const m = parseRuleFile({ path: 'playbooks/rules/IL-HDL-901.yaml', text: minimal }, ctx);
  assert.deepEqual([m.rule?.patterns, m.rule?.lint, m.rule?.anssi], [[], [], []]);
});

test('the id must equal the file name', () => {
  assert.deepEqual(problems(GOOD, 'playbooks/rules/IL-HDL-902.yaml'), [
    'playbooks/rules/IL-HDL-902.yaml:1:5: error rule-id-mismatch: id "IL-HDL-901" must equal the file name "IL-HDL-902"',
  ]);
});

test('unknown facts, patterns and lint rules point at the list item', () => {
  const text = GOOD.replace('all-of: [handle.opaque]', 'all-of: [handle.opaque, handle.opaqe]')
    .replace('patterns: [opaque-handle]', 'patterns: [opaque-handel]')
    .replace('lint: [panic-abort]', 'lint: [panic-abrt]');
  assert.deepEqual(problems(text), [
    'playbooks/rules/IL-HDL-901.yaml:6:27: error rule-unknown-fact: unknown fact "handle.opaqe" (not in playbooks/facts.yaml)',
    'playbooks/rules/IL-HDL-901.yaml:14:12: error rule-unknown-pattern: unknown pattern "opaque-handel" (no playbooks/patterns/opaque-handel/)',
    'playbooks/rules/IL-HDL-901.yaml:15:8: error rule-unknown-lint: unknown lint rule "panic-abrt" (not in src/lib/contract/rules/)',
  ]);
});

test('a seed point the seed point list does not have is refused at its position', () => {
  assert.deepEqual(problems(GOOD.replace('covers: [S0-23]', 'covers: [S0-40]')), [
    'playbooks/rules/IL-HDL-901.yaml:13:10: error rule-unknown-seed: no such seed point "S0-40" (not in content/seed-points.yaml)',
  ]);
  assert.deepEqual(problems(GOOD.replace('covers: [S0-23]', 'covers: [S0-4]')), [
    'playbooks/rules/IL-HDL-901.yaml:13:10: error schema-invalid: covers[0] "S0-4": a seed point ID looks like S0-07 or S1-22',
  ]);
});

test('schema problems: unknown field, bad enum value, reference host, ANSSI ID', () => {
  const text = GOOD.replace('severity: high', 'severity: urgent')
    .replace('anssi: [FFI-MEM-OWNER]', 'anssi: [FFI-MEM-OWNERSHIP]')
    .replace('url: https://pkg.go.dev/cmd/cgo', 'url: https://example.com/cgo')
    .replace('evidence: [test output]', 'evidence: [test output]\nevidense: [typo]');
  const out = problems(text);
  assert.deepEqual(out, [
    'playbooks/rules/IL-HDL-901.yaml:3:11: error schema-bad-value: severity must be one of critical, high, medium, low (got "urgent")',
    'playbooks/rules/IL-HDL-901.yaml:13:1: error schema-unknown-field: unknown field "evidense" in the rule file\n  hint: did you mean "evidence"?',
    'playbooks/rules/IL-HDL-901.yaml:17:9: error schema-bad-value: anssi[0] must be one of FFI-CTYPE, FFI-TCONS, FFI-AUTOMATE, FFI-PFTYPE, FFI-CKNONROBUST, FFI-CKINRUST, FFI-NOREF, FFI-CKREF, FFI-CKPTR, FFI-MARKEDFUNPTR, FFI-CKFUNPTR, FFI-NOENUM, FFI-R-OPAQUE, FFI-C-OPAQUE, FFI-MEM-NODROP, FFI-MEM-OWNER, FFI-MEM-WRAPPING, FFI-NOPANIC, FFI-SAFEWRAPPING, FFI-CAPI, MEM-FORGET, MEM-LEAK, MEM-INTOFROMRAW, MEM-ZERO, LANG-NOPANIC, LANG-ARITH, LANG-ARRINDEXING, LANG-ERRWRAP, LANG-SYNC-TRAITS, LANG-DROP-SEC, DENV-LINTER (got "FFI-MEM-OWNERSHIP")\n  hint: did you mean "FFI-MEM-OWNER"?',
    'playbooks/rules/IL-HDL-901.yaml:20:10: error schema-invalid: references[0].url "https://example.com/cgo": Invalid URL',
  ]);
});

test('a when with neither list, a duplicate covers entry and `in` without `run` are refused', () => {
  const text = GOOD.replace('when:\n  all-of: [handle.opaque]\n', 'when: {}\n')
    .replace('covers: [S0-23]', 'covers: [S0-23, S0-23]')
    .replace('    run: go test ./...\n', '');
  assert.deepEqual(problems(text), [
    'playbooks/rules/IL-HDL-901.yaml:5:7: error schema-invalid: when: give all-of, any-of or both (leave `when` out for a rule that always applies)',
    'playbooks/rules/IL-HDL-901.yaml:9:9: error schema-invalid: verify[0].in: `in` only makes sense with `run`',
    'playbooks/rules/IL-HDL-901.yaml:11:17: error schema-invalid: covers[1]: "S0-23" is listed twice',
  ]);
});

test('hostile YAML is refused before validation', () => {
  assert.deepEqual(problems('%YAML 1.1\n---\nid: yes\n'), [
    'playbooks/rules/IL-HDL-901.yaml:1:1: error yaml-directive: %YAML 1.1 is refused: Interlock files are YAML 1.2 (1.1 turns on merge keys and yes/no booleans)\n  hint: remove the directive (Interlock files are YAML 1.2)',
  ]);
  assert.deepEqual(problems('a: &x [1]\nb: *x\n'), [
    'playbooks/rules/IL-HDL-901.yaml:2:4: error yaml-alias: the alias *x is refused: Interlock files use no anchors or aliases\n  hint: write the value out again instead of referring to an anchor',
  ]);
  assert.deepEqual(problems('x'.repeat(40 * 1024)), [
    'playbooks/rules/IL-HDL-901.yaml:1:1: error input-too-large: the rule file is 40960 bytes; the limit is 32768',
  ]);
});

test('the catalogue refuses a second file with the same ID and sorts the rest', () => {
  const other = GOOD.replace(/IL-HDL-901/g, 'IL-HDL-900');
  const cat = loadCatalogue(
    [
      { path: 'playbooks/rules/IL-HDL-901.yaml', text: GOOD },
      { path: 'playbooks/rules/IL-HDL-900.yaml', text: other },
      { path: 'extra/IL-HDL-901.yaml', text: GOOD },
    ],
    ctx,
  );
  assert.deepEqual(cat.rules.map((r) => r.id), ['IL-HDL-900', 'IL-HDL-901']);
  assert.deepEqual(cat.diagnostics.map((d) => formatDiagnostic(d)), [
    'extra/IL-HDL-901.yaml:1:1: error rule-duplicate-id: rule IL-HDL-901 is also defined in playbooks/rules/IL-HDL-901.yaml',
  ]);
});
