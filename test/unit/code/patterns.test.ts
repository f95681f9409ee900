// Dogfood: drift and probes over every pattern's header, Rust crate and Go package, per variant, against
// the expectations in playbooks/probe-findings.yaml.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { sourceDrift } from '../../../src/lib/code/drift.ts';
import { runProbes } from '../../../src/lib/code/probes/index.ts';
import { parsePattern } from '../../../src/lib/patterns/load.ts';
import { scanSources } from '../../../src/node/code/scan.ts';

const ROOT = 'playbooks/patterns';
const expectations = parse(readFileSync('playbooks/probe-findings.yaml', 'utf8')) as Record<string, Record<string, string[]>>;
const patterns = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name).sort();

async function findings(id: string, features: string[], tags: string[]): Promise<string[]> {
  const dir = `${ROOT}/${id}`;
  const header = readdirSync(`${dir}/go`).filter((f) => f.endsWith('.h'));
  assert.equal(header.length, 1, `${id} has one header`);
  const scan = await scanSources({ header: `${dir}/go/${header[0]}`, rust: `${dir}/rust`, go: `${dir}/go` }, { rustFeatures: features, goTags: tags });
  const rel = (file: string): string => file.slice(dir.length + 1);
  return [
    ...[...scan.diagnostics, ...sourceDrift(scan.boundary)].map((d) => `${d.code} ${rel(d.file)}`),
    ...runProbes(scan.boundary).map((f) => `${f.probe} ${f.data.subject}`),
  ].sort();
}

/** The good list plus the variant's additions, minus its "-" removals. */
function expected(good: readonly string[], delta: readonly string[]): string[] {
  const out = [...good];
  for (const d of delta) {
    if (!d.startsWith('-')) out.push(d);
    else out.splice(out.indexOf(d.slice(1)), out.includes(d.slice(1)) ? 1 : 0);
  }
  return out.sort();
}

test('the expectations file names every pattern and every broken variant', () => {
  // Patterns land while others work on this file: an entry may precede its folder, never the reverse.
  assert.deepEqual(patterns.filter((id) => expectations[id] === undefined), []);
  for (const id of patterns) {
    const p = parsePattern(readFileSync(`${ROOT}/${id}/pattern.yaml`, 'utf8'), `${id}/pattern.yaml`);
    assert.ok(p.ok, id);
    assert.deepEqual(Object.keys(expectations[id]!).sort(), ['good', ...p.pattern.broken.map((b) => b.id)].sort(), id);
  }
});

for (const id of patterns) {
  test(`pattern ${id}: drift and probe findings per variant`, async () => {
    const p = parsePattern(readFileSync(`${ROOT}/${id}/pattern.yaml`, 'utf8'), `${id}/pattern.yaml`);
    assert.ok(p.ok);
    const good = expectations[id]!['good']!;
    assert.deepEqual(await findings(id, [], []), [...good].sort(), `${id} good`);
    for (const b of p.pattern.broken) {
      const got = await findings(id, b['rust-feature'] !== undefined ? [b['rust-feature']] : [], b['go-tags']?.split(',') ?? []);
      assert.deepEqual(got, expected(good, expectations[id]![b.id]!), `${id} ${b.id}`);
    }
  });
}
