// The stages of the full suite, in the order they run; `npm test -- <id>...` runs a subset.
import { availableParallelism } from 'node:os';
export interface Stage {
  id: string;
  title: string;
  command: string[];
  /** When true, a failure skips the stages after it (they would only fail for the same reason). */
  blocksLaterStages?: boolean;
  /** Added to the environment the command runs in. */
  env?: Record<string, string>;
}

export const stages: Stage[] = [
  // Cheap, so first: the layering rule (src/lib pure, no src import of scripts/ or test/) and dead exports.
  { id: 'lint', title: 'Lint: layering and dead exports', command: ['npm', 'run', '-s', 'lint'] },
  // node --test runs availableParallelism() - 1 files at once: one on a 2-core machine, which then sits 40%
  // idle while a file waits on go, cargo or git. Three at once kept both cores busy and took 159 s to 113 s.
  {
    id: 'unit',
    title: 'Unit tests',
    command: ['node', '--test', `--test-concurrency=${Math.max(3, availableParallelism())}`, 'test/unit/**/*.test.ts'],
  },
  { id: 'types', title: 'Type check (astro check)', command: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { id: 'build', title: 'Site build', command: ['astro', 'build'], blocksLaterStages: true },
  // A team's build of the same handbook with its own contract and page, which the e2e suite serves too.
  {
    id: 'team',
    title: 'Team site build (test/fixtures/team-site)',
    command: ['astro', 'build', '--outDir', 'dist-team'],
    env: { INTERLOCK_SITE_CONFIG: 'test/fixtures/team-site/interlock-site.yaml', INTERLOCK_EDIT_URL: 'https://git.tiles.test/platform/interlock/edit/main/' },
    blocksLaterStages: true,
  },
  { id: 'site', title: 'Built HTML: validity and links', command: ['node', '--test', 'test/site/**/*.test.ts'] },
  { id: 'e2e', title: 'Browser tests (Playwright)', command: ['playwright', 'test', '-c', 'test/e2e'] },
  { id: 'patterns', title: 'Pattern library (Go + Rust detectors)', command: ['node', 'scripts/audit-patterns.ts'] },
];
