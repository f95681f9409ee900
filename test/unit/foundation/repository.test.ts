// loadRepository: Interlock's playbooks, patterns and seed points read once, and a broken file reported as
// diagnostics naming file, line and column. Runs on a copy of the repository's own files, broken by hand.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { loadRepository, RepositoryError } from '../../../src/node/repository.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the repository's playbooks, package.json and seed points, with `edit` applied. */
function copy(edit: (root: string) => void = () => undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'interlock-repo-'));
  made.push(root);
  cpSync(join(ROOT, 'playbooks'), join(root, 'playbooks'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  cpSync(join(ROOT, 'content/seed-points.yaml'), join(root, 'content/seed-points.yaml'));
  edit(root);
  return root;
}

function problems(root: string): string[] {
  try {
    // The pattern library is read on first use.
    void loadRepository(root).patterns;
  } catch (error) {
    assert.ok(error instanceof RepositoryError, String(error));
    return error.diagnostics.map((d) => formatDiagnostic(d));
  }
  assert.fail('the repository loaded');
}

test('the repository loads once per folder: the same object on a second call', () => {
  const root = copy();
  const first = loadRepository(root);
  assert.equal(loadRepository(root), first);
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  assert.equal(first.version, version);
  assert.ok(first.patterns.has('strings') && first.patterns.get('strings')!.dir === join(root, 'playbooks/patterns/strings'));
  assert.equal(first.factSummaries.size, first.playbook.facts.size);
  assert.ok(first.seedPoints.size >= 70, `${first.seedPoints.size} seed points`);
});

test('a rule with an unknown severity is reported at its line and column, and so is what then cannot name it', () => {
  const root = copy((r) => {
    const file = join(r, 'playbooks/rules/IL-ABI-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^severity: high$/m, 'severity: urgent'));
  });
  const found = problems(root);
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(found[0]!, /^playbooks\/fault-classes\.yaml:\d+:\d+: error fault-class-unknown-rule: unknown rule "IL-ABI-001"/);
  assert.match(found[1]!, /^playbooks\/rules\/IL-ABI-001\.yaml:3:11: error /);
});

test('a pattern whose pattern.yaml lists a missing file is reported at the list entry', () => {
  const root = copy((r) => rmSync(join(r, 'playbooks/patterns/strings/go/strings.go')));
  const found = problems(root);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /^playbooks\/patterns\/strings\/pattern\.yaml:\d+:\d+: error pattern-missing-file: listed file go\/strings\.go does not exist$/);
});
