// The pattern.yaml schema: every real pattern validates, and bad ones fail at the exact line:column.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { parseFacts } from '../../../src/lib/engine/facts-schema.ts';
import { parseSeedPoints } from '../../../src/lib/handbook/seed-points.ts';
import { parsePattern } from '../../../src/lib/patterns/load.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const patternsDir = join(repo, 'playbooks', 'patterns');
const seeds = new Set(parseSeedPoints(readFileSync(join(repo, 'content', 'seed-points.yaml')), 'content/seed-points.yaml').points?.keys());
const facts = new Set(parseFacts(readFileSync(join(repo, 'playbooks', 'facts.yaml')), 'playbooks/facts.yaml').facts?.keys());
const realPatterns = readdirSync(patternsDir).filter((d) => !d.startsWith('_') && existsSync(join(patternsDir, d, 'pattern.yaml')));

/** A small valid pattern; each bad case below changes one line of it. */
const GOOD = `id: demo
title: Demo
summary: One sentence.
problem: |
  Text.
facts: [handle.opaque]
covers: [S0-06, S1-01]
files:
  - path: rust/src/lib.rs
    focus: "1-3"
detectors: [go-test, asan]
broken:
  - id: use-after-free
    title: UAF
    explains: |
      Why.
    go-tags: broken_uaf
    files: [go/broken_uaf.go]
    detector: asan
    expect: "heap-use-after-free"
`;

function issues(text: string, folder = 'demo'): string[] {
  const r = parsePattern(text, 'p.yaml', { knownFacts: facts, folder, knownSeeds: seeds });
  return r.ok ? [] : r.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]!);
}

function replaceLine(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe('pattern.yaml schema', () => {
  it('finds the real patterns', () => {
    assert.ok(realPatterns.length >= 5, `only ${realPatterns.length} patterns found`);
  });

  for (const id of realPatterns) {
    it(`accepts playbooks/patterns/${id}/pattern.yaml`, () => {
      const text = readFileSync(join(patternsDir, id, 'pattern.yaml'), 'utf8');
      assert.deepEqual(issues(text, id), []);
    });
  }

  it('accepts the minimal fixture', () => {
    assert.deepEqual(issues(GOOD), []);
  });

  const bad: Array<[string, string, string]> = [
    // [what, text, expected "file:line:column: error code: message" prefix]
    ['an unknown detector', replaceLine(GOOD, 'detectors: [go-test, asan]', 'detectors: [go-test, valgrind]'), 'p.yaml:11:22: error schema-bad-value: detectors[1] must be one of'],
    ['a seed ID out of range', replaceLine(GOOD, 'covers: [S0-06, S1-01]', 'covers: [S0-06, S1-32]'), 'p.yaml:7:17: error pattern-unknown-seed: covers[1]: no such seed point "S1-32" (not in content/seed-points.yaml)'],
    ['a malformed seed ID', replaceLine(GOOD, 'covers: [S0-06, S1-01]', 'covers: [S0-6]'), 'p.yaml:7:10: error schema-invalid: covers[0] "S0-6": a seed point ID looks like'],
    ['an unknown fact', replaceLine(GOOD, 'facts: [handle.opaque]', 'facts: [handle.opaque, handle.magic]'), 'p.yaml:6:24: error pattern-unknown-fact: facts[1]: unknown fact "handle.magic"'],
    ['an invalid expect regex', replaceLine(GOOD, 'expect: "heap-use-after-free"', 'expect: "heap-(use"'), 'p.yaml:20:13: error schema-invalid: broken[0].expect: not a valid JavaScript regular expression'],
    ['a backwards focus range', replaceLine(GOOD, 'focus: "1-3"', 'focus: "9-3"'), 'p.yaml:10:12: error schema-invalid: files[0].focus: each range must start'],
    ['an unknown key', replaceLine(GOOD, 'title: Demo\n', 'title: Demo\ntitel: Typo\n'), 'p.yaml:3:1: error schema-unknown-field: unknown field "titel" in the pattern file'],
    ['an unknown key in a broken variant', replaceLine(GOOD, '    detector: asan\n', '    detector: asan\n    severity: high\n'), 'p.yaml:20:5: error schema-unknown-field: unknown field "severity" in broken[0]'],
    ['a missing key', replaceLine(GOOD, 'summary: One sentence.\n', ''), 'p.yaml:1:1: error schema-missing-field: the pattern file is missing the required field "summary"'],
    ['a broken variant that switches nothing', replaceLine(GOOD, '    go-tags: broken_uaf\n', ''), 'p.yaml:13:5: error schema-invalid: broken[0]: a broken variant must switch something'],
    ['an id that does not match the folder', replaceLine(GOOD, 'id: demo', 'id: other'), 'p.yaml:1:5: error pattern-id-folder: id "other" must match its folder name "demo"'],
    ['a path that climbs out', replaceLine(GOOD, 'path: rust/src/lib.rs', 'path: ../../etc/passwd'), 'p.yaml:9:11: error schema-bad-name: files[0].path "../../etc/passwd": a relative path inside the pattern folder'],
    ['a duplicate key', replaceLine(GOOD, 'title: Demo\n', 'title: Demo\ntitle: Again\n'), 'p.yaml:3:1: error yaml-duplicate-key: the key "title" appears twice in this mapping'],
    ['an alias', replaceLine(GOOD, 'title: Demo\n', 'title: &t Demo\nsummary2: *t\n'), 'p.yaml:3:11: error yaml-alias: the alias *t is refused'],
    ['a YAML 1.1 tag', replaceLine(GOOD, 'title: Demo', 'title: !!binary RGVtbw=='), 'p.yaml:2:8: error yaml-tag: the tag !!binary is refused'],
    ['an unclosed flow sequence', replaceLine(GOOD, 'facts: [handle.opaque]', 'facts: [handle.opaque'), 'p.yaml:7:1: error yaml-syntax: flow sequence in block collection must be sufficiently indented and end with a ]'],
  ];
  for (const [what, text, want] of bad) {
    it(`rejects ${what} at the right line:column`, () => {
      const got = issues(text);
      assert.ok(got.length > 0, 'expected at least one issue');
      assert.ok(
        got.some((g) => g.startsWith(want)),
        `no issue starts with ${JSON.stringify(want)}; got:\n${got.join('\n')}`,
      );
    });
  }

  it('refuses oversized files before parsing', () => {
    const r = parsePattern(`${GOOD}# ${'x'.repeat(70_000)}\n`, 'big.yaml');
    assert.equal(r.ok, false);
  });
});
