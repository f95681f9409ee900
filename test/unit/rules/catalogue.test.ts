// The real rule catalogue: every file validates, names only facts, patterns and lint rules that exist,
// and together the rules back every actionable seed point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { NON_ACTIONABLE_SEEDS, rulesBySeed, uncoveredSeeds } from '../../../src/lib/rules/coverage.ts';
import { RULE_AREAS } from '../../../src/lib/rules/vocabulary.ts';
import { knownFacts, knownPatterns, repoCatalogue, ROOT, ruleFiles, seedIds } from './repo.ts';

const catalogue = repoCatalogue();

test('every rule file validates and cross-checks against facts, patterns and lint rules', () => {
  assert.deepEqual(catalogue.diagnostics.map((d) => formatDiagnostic(d)), []);
  assert.equal(catalogue.rules.length, ruleFiles().length);
});

test('the catalogue has a useful size and IDs are unique and sorted', () => {
  const ids = catalogue.rules.map((r) => r.id);
  assert.ok(ids.length >= 30, `only ${ids.length} rules`);
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
});

test('every fact a rule names exists in playbooks/facts.yaml, and every fact is used by some rule', () => {
  const facts = knownFacts();
  const used = new Set<string>();
  for (const r of catalogue.rules) {
    for (const f of [...(r.when?.['all-of'] ?? []), ...(r.when?.['any-of'] ?? [])]) {
      assert.ok(facts.has(f), `${r.id}: unknown fact ${f}`);
      used.add(f);
    }
  }
  assert.deepEqual([...facts].filter((f) => !used.has(f)), []);
});

test('every pattern a rule names is a real folder under playbooks/patterns/', () => {
  const patterns = knownPatterns();
  for (const r of catalogue.rules) {
    for (const p of r.patterns) assert.ok(patterns.has(p), `${r.id}: no playbooks/patterns/${p}/`);
  }
});

test('every rule covers at least one seed point, and every actionable seed point is covered', () => {
  const seeds = seedIds();
  assert.equal(seeds.length, 70);
  for (const r of catalogue.rules) assert.ok(r.covers.length >= 1, `${r.id} covers no seed point`);
  assert.deepEqual(uncoveredSeeds(catalogue.rules, seeds), []);
  const bySeed = rulesBySeed(catalogue.rules);
  for (const id of bySeed.keys()) assert.ok(seeds.includes(id), `a rule covers ${id}, which content/seed-points.yaml does not list`);
});

test('non-actionable seed points exist and are not also claimed by a rule', () => {
  const seeds = seedIds();
  const bySeed = rulesBySeed(catalogue.rules);
  for (const [id, reason] of Object.entries(NON_ACTIONABLE_SEEDS)) {
    assert.ok(seeds.includes(id), `${id} is not a seed point`);
    assert.ok(reason.length >= 20, `${id} needs a reason`);
    assert.equal(bySeed.get(id), undefined, `${id} is marked non-actionable but ${bySeed.get(id)?.join(', ')} cover it`);
  }
});

test('always-on rules exist and incident rules apply only to incidents', () => {
  const always = catalogue.rules.filter((r) => r.when === undefined);
  assert.ok(always.length >= 10, `${always.length} rules apply always`);
  for (const r of catalogue.rules) {
    const incident = r.phase === 'incident-follow-up';
    assert.equal(incident, r.when?.['all-of']?.includes('incident') ?? false, `${r.id}: incident-follow-up phase and the incident fact go together`);
  }
});

test('the README area table lists exactly the areas the schema accepts', () => {
  const readme = readFileSync(join(ROOT, 'playbooks/rules/README.md'), 'utf8');
  const listed = [...readme.matchAll(/^\| `([A-Z]+)` +\|/gm)].map((m) => m[1]);
  assert.deepEqual(listed, Object.keys(RULE_AREAS));
  for (const r of catalogue.rules) assert.ok(Object.hasOwn(RULE_AREAS, r.id.split('-')[1] ?? ''), r.id);
});
