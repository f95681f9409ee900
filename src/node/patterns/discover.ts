// Finds playbooks/patterns/*/pattern.yaml (skipping _shared) and validates each one; problems are Diagnostics.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../../lib/diagnostics/format-text.ts';
import { parseFacts } from '../../lib/engine/facts-schema.ts';
import { parseSeedPoints } from '../../lib/handbook/seed-points.ts';
import { seedPointsFile } from '../playbook-files.ts';
import { parsePattern } from '../../lib/patterns/load.ts';
import type { Pattern } from '../../lib/patterns/schema.ts';

interface Discovered {
  id: string; // folder name
  dir: string; // absolute pattern folder
  yamlFile: string; // repo-relative path, for messages
  pattern?: Pattern; // set when valid
  diagnostics: Diagnostic[]; // empty when valid
}

/** What a pattern.yaml may name: the fact IDs, and the seed point IDs when the repository has them. */
interface KnownIds {
  facts: ReadonlySet<string>;
  seeds?: ReadonlySet<string>;
}

/** `known` comes from a loaded repository; without it the facts and seed points are read here. */
export function discoverPatterns(repo: string, known: KnownIds = readKnownIds(repo)): Discovered[] {
  const root = join(repo, 'playbooks', 'patterns');
  const facts = known.facts;
  const knownSeeds = known.seeds;
  const out: Discovered[] = [];
  for (const name of readdirSync(root).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    const yamlFile = `playbooks/patterns/${name}/pattern.yaml`;
    const d: Discovered = { id: name, dir, yamlFile, diagnostics: [] };
    out.push(d);
    const abs = join(dir, 'pattern.yaml');
    if (!existsSync(abs)) {
      d.diagnostics.push({ code: 'pattern-missing-file', severity: 'error', message: 'the pattern folder has no pattern.yaml', file: yamlFile, line: 1, column: 1 });
      continue;
    }
    const r = parsePattern(readFileSync(abs), yamlFile, { knownFacts: facts, folder: name, ...(knownSeeds !== undefined ? { knownSeeds } : {}) });
    if (!r.ok) {
      d.diagnostics.push(...r.diagnostics);
      continue;
    }
    // Files the site will show must exist (the schema cannot check the disk).
    const listed: Array<[string, Array<string | number>]> = [
      ...r.pattern.files.map((f, i): [string, Array<string | number>] => [f.path, ['files', i, 'path']]),
      ...r.pattern.broken.flatMap((b, i) => b.files.map((f, j): [string, Array<string | number>] => [f, ['broken', i, 'files', j]])),
    ];
    for (const [p, where] of listed) {
      if (existsSync(join(dir, p))) continue;
      const { line, column } = r.at(where);
      d.diagnostics.push({ code: 'pattern-missing-file', severity: 'error', message: `listed file ${p} does not exist`, file: yamlFile, line, column });
    }
    if (d.diagnostics.length === 0) d.pattern = r.pattern;
  }
  return out;
}

function readKnownIds(repo: string): KnownIds {
  const vocabulary = parseFacts(readFileSync(join(repo, 'playbooks', 'facts.yaml')), 'playbooks/facts.yaml');
  if (vocabulary.facts === undefined) throw new Error(vocabulary.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  const seedFile = seedPointsFile(repo);
  const seeds = seedFile !== undefined ? parseSeedPoints(seedFile.text, seedFile.path) : undefined;
  if (seeds !== undefined && seeds.points === undefined) throw new Error(seeds.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  return { facts: new Set(vocabulary.facts.keys()), ...(seeds?.points !== undefined ? { seeds: new Set(seeds.points.keys()) } : {}) };
}
