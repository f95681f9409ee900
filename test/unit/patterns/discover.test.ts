// The harness's discovery step: it skips _shared, and reports a bad pattern.yaml as file:line:column.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { discoverPatterns } from '../../../src/node/patterns/discover.ts';

describe('discoverPatterns', () => {
  const repo = mkdtempSync(join(tmpdir(), 'interlock-discover-'));
  after(() => rmSync(repo, { recursive: true, force: true }));
  const write = (rel: string, text: string): void => {
    mkdirSync(join(repo, rel, '..'), { recursive: true });
    writeFileSync(join(repo, rel), text);
  };
  write('playbooks/facts.yaml', 'facts:\n  handle.opaque:\n    summary: x\n');
  write('playbooks/patterns/_shared/rust/ledger.rs', '// not a pattern\n');
  write('playbooks/patterns/bad/pattern.yaml', 'id: bad\ntitle: Bad\nsummary: [oops\n');
  write(
    'playbooks/patterns/missing-file/pattern.yaml',
    [
      'id: missing-file',
      'title: T',
      'summary: S',
      'problem: P',
      'facts: [handle.opaque]',
      'covers: []',
      'files:',
      '  - path: go/nowhere.go',
      'detectors: [go-test]',
      'broken:',
      '  - id: b',
      '    title: B',
      '    explains: E',
      '    go-tags: broken_b',
      '    files: [go/broken_b.go]',
      '    detector: go-test',
      '    expect: "boom"',
      '',
    ].join('\n'),
  );
  mkdirSync(join(repo, 'playbooks/patterns/no-yaml'), { recursive: true });

  const found = discoverPatterns(repo);
  const errorsOf = (id: string): string[] | undefined => found.find((d) => d.id === id)?.diagnostics.map((d) => formatDiagnostic(d));

  it('skips _shared and lists the rest in order', () => {
    assert.deepEqual(found.map((d) => d.id), ['bad', 'missing-file', 'no-yaml']);
  });
  it('names file, line and column for a YAML error', () => {
    const bad = found.find((d) => d.id === 'bad');
    assert.equal(bad?.pattern, undefined);
    assert.match(errorsOf('bad')?.[0] ?? '', /^playbooks\/patterns\/bad\/pattern\.yaml:\d+:\d+: error yaml-syntax: /);
  });
  it('reports listed files that do not exist', () => {
    assert.deepEqual(errorsOf('missing-file'), [
      'playbooks/patterns/missing-file/pattern.yaml:8:11: error pattern-missing-file: listed file go/nowhere.go does not exist',
      'playbooks/patterns/missing-file/pattern.yaml:15:13: error pattern-missing-file: listed file go/broken_b.go does not exist',
    ]);
  });
  it('reports a folder without pattern.yaml', () => {
    assert.deepEqual(errorsOf('no-yaml'), ['playbooks/patterns/no-yaml/pattern.yaml:1:1: error pattern-missing-file: the pattern folder has no pattern.yaml']);
  });
});
