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
  /**
   * Neighbouring stages that name the same group run at the same time (test/support/steps.ts). Only stages
   * that share no files they write, and time nothing, belong in one.
   */
  group?: string;
}

const cores = availableParallelism();

export const stages: Stage[] = [
  // The first four read the sources and write nothing the others read, and none of them times anything.
  // Run one after another they kept one core of two idle for about half their time: lint, unit tests and
  // astro check each run on one thread, and the integration tests mostly wait on go, cargo and npm.
  // The layering rule (src/lib pure, no src import of scripts/ or test/), then exports nothing imports.
  { id: 'lint', title: 'Lint: layering and dead exports', command: ['npm', 'run', '-s', 'lint'], group: 'sources' },
  // One process for all unit test files: they load the same modules (zod, yaml, the engine), which a process
  // per file loaded 120 times over: 80 CPU-s against 24 for the same tests. A unit test may compile a few
  // lines of C (drift's layout probes); one that builds with cargo or go is an integration test.
  {
    id: 'unit',
    title: 'Unit tests',
    command: ['node', '--test', '--test-isolation=none', 'test/unit/**/*.test.ts'],
    group: 'sources',
  },
  // Tests that install the packed CLI, run the CI action's steps in bash, and run generated scripts and recorded
  // verify steps with go and cargo: a process per file, three files at once, since each mostly waits on those tools. The global setup
  // packs the CLI once for all of them.
  {
    id: 'integration',
    title: 'Integration tests (packed CLI, CI action, go and cargo)',
    command: [
      'node',
      '--test',
      `--test-concurrency=${Math.max(3, cores)}`,
      '--test-global-setup=test/integration/setup.ts',
      'test/integration/**/*.test.ts',
    ],
    group: 'sources',
  },
  { id: 'types', title: 'Type check (astro check)', command: ['astro', 'check', '--minimumSeverity', 'warning'], group: 'sources' },
  { id: 'build', title: 'Site build', command: ['astro', 'build'], blocksLaterStages: true },
  // A team's build of the same handbook with its own contract and page, which the e2e suite serves too. The
  // checks of dist/ run beside it: they read only dist/, and an Astro build keeps one core of two busy.
  {
    id: 'team',
    title: 'Team site build (test/fixtures/team-site)',
    command: ['astro', 'build', '--outDir', 'dist-team'],
    env: { INTERLOCK_SITE_CONFIG: 'test/fixtures/team-site/interlock-site.yaml', INTERLOCK_EDIT_URL: 'https://git.tiles.test/platform/interlock/edit/main/' },
    blocksLaterStages: true,
    group: 'built',
  },
  {
    id: 'site',
    title: 'Built HTML: validity and links',
    command: ['node', '--test', `--test-concurrency=${Math.max(2, cores)}`, 'test/site/**/*.test.ts'],
    group: 'built',
  },
  { id: 'e2e', title: 'Browser tests (Playwright)', command: ['playwright', 'test', '-c', 'test/e2e'] },
  { id: 'patterns', title: 'Pattern library (Go + Rust detectors)', command: ['node', 'scripts/audit-patterns.ts'] },
];
