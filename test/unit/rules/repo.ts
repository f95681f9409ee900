// Reads the real playbooks from the repository for the rule, engine and export tests (not a test itself).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../../src/lib/contract/rules/index.ts';
import { loadCatalogue, type Catalogue, type CatalogueContext, type RuleFile } from '../../../src/lib/rules/catalogue.ts';
import { parseFacts } from '../../../src/lib/engine/facts-schema.ts';
import { parseSeedPoints } from '../../../src/lib/handbook/seed-points.ts';
import { patternFolders, ruleFiles as repoRuleFiles } from '../../../src/node/playbook-files.ts';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function ruleFiles(): RuleFile[] {
  return repoRuleFiles(ROOT);
}

export function knownFacts(): Set<string> {
  return new Set(parseFacts(readFileSync(join(ROOT, 'playbooks/facts.yaml')), 'playbooks/facts.yaml').facts?.keys());
}

/** Pattern IDs: the folders that really exist under playbooks/patterns/ (not _shared). */
export function knownPatterns(): Set<string> {
  return patternFolders(ROOT);
}

export function catalogueContext(): CatalogueContext {
  return { knownFacts: knownFacts(), knownPatterns: knownPatterns(), knownLintRules: new Set(RULE_IDS), knownSeeds: new Set(seedIds()) };
}

export function repoCatalogue(): Catalogue {
  return loadCatalogue(ruleFiles(), catalogueContext());
}

/** Seed point IDs from the project's own content/seed-points.yaml (its `points:` keys). */
export function seedIds(): string[] {
  const file = join(ROOT, 'content/seed-points.yaml');
  if (!existsSync(file)) throw new Error('content/seed-points.yaml is missing: the handbook lists every seed point there');
  const read = parseSeedPoints(readFileSync(file), 'content/seed-points.yaml');
  if (read.points === undefined) throw new Error(read.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  return [...read.points.keys()];
}
