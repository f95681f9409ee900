// The site's one door to Interlock's repository: an Astro integration that hands the repository astro.config.mjs
// loaded (once, when the build or the dev server starts) to pages and components as the virtual module
// `virtual:interlock/repository`, the way Starlight hands over its user config.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Repository } from '../node/repository.ts';

const MODULE_ID = 'virtual:interlock/repository';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The files loadRepository reads: the playbook, the rules, each pattern.yaml and the seed points. */
function repositoryFiles(repository: Repository): string[] {
  const playbooks = join(repository.root, 'playbooks');
  const rules = readdirSync(join(playbooks, 'rules')).filter((f) => f.endsWith('.yaml')).map((f) => join(playbooks, 'rules', f));
  const patterns = [...repository.patterns.values()].map((p) => join(p.dir, 'pattern.yaml'));
  const seeds = join(repository.root, 'content', 'seed-points.yaml');
  return [...['facts.yaml', 'questions.yaml', 'fault-classes.yaml'].map((f) => join(playbooks, f)), ...rules, ...patterns, ...(existsSync(seeds) ? [seeds] : [])];
}

/** The repository as JavaScript source: JSON, with its sets and maps rebuilt. */
function repositoryModule(repository: Repository): string {
  const json = (value: unknown): string => JSON.stringify(value);
  const { playbook } = repository;
  return [
    'export const repository = {',
    `  root: ${json(repository.root)},`,
    `  version: ${json(repository.version)},`,
    `  playbook: { facts: new Set(${json([...playbook.facts])}), rules: ${json(playbook.rules)}, questionnaire: ${json(playbook.questionnaire)}, faultClasses: ${json(playbook.faultClasses)} },`,
    `  patterns: new Map(${json([...repository.patterns])}),`,
    `  factSummaries: new Map(${json([...repository.factSummaries])}),`,
    `  seedPoints: new Map(${json([...repository.seedPoints])}),`,
    '};',
    '',
  ].join('\n');
}

export function interlockRepository(repository: Repository): AstroIntegration {
  return {
    name: 'interlock-repository',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        const source = repositoryModule(repository);
        // The module is made once: `astro dev` restarts when one of the files it comes from changes.
        for (const file of repositoryFiles(repository)) addWatchFile(file);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'interlock-repository',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
