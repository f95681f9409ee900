// Build-time data for the wizard page: the playbooks as the island needs them, and a few lookups for the markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlaybooks } from '../../node/bundle/playbooks.ts';
import type { WizardData } from '../../wizard/data.ts';

/**
 * The repository root at build time. Astro builds from it, and bundling moves this module into dist/, so
 * paths relative to import.meta.url would point into the build output instead.
 */
export const SITE_REPO = process.cwd();

/** interlock's version from package.json, the same value `interlock --version` prints. */
function siteToolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(SITE_REPO, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/** Everything the browser needs, exactly as the engine loaded it, so exports match the CLI byte for byte. */
export function wizardData(): WizardData {
  const pb = loadPlaybooks(SITE_REPO);
  const patterns: WizardData['patterns'] = {};
  for (const [id, { pattern }] of [...pb.patterns].sort(([a], [b]) => (a < b ? -1 : 1))) {
    patterns[id] = { title: pattern.title, summary: pattern.summary, facts: pattern.facts };
  }
  return {
    version: siteToolVersion(),
    questionnaire: pb.questionnaire,
    rules: pb.rules,
    faultClasses: pb.faultClasses,
    patterns,
  };
}
