// The site's one door to Interlock's repository: an Astro integration that hands the repository astro.config.mjs
// loaded (once, when the build or the dev server starts) to pages and components as the virtual module
// `virtual:interlock/repository`, the way Starlight hands over its user config.
import type { AstroIntegration } from 'astro';
import type { Repository } from '../node/repository.ts';

const MODULE_ID = 'virtual:interlock/repository';
const RESOLVED_ID = `\0${MODULE_ID}`;

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
      'astro:config:setup': ({ updateConfig }) => {
        const source = repositoryModule(repository);
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
