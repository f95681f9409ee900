// Playwright runs the browser tests against the built site, in a Chromium found on this machine.
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { BrowserNotFoundError, requireChromium } from '../../src/node/browser/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../../src/node/browser/launch-flags.ts';

function browserPath(): string {
  try {
    return requireChromium().path;
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

const PORT = Number(process.env.INTERLOCK_E2E_PORT ?? 4399);
/** The team build's server; team-site.spec.ts reads it from INTERLOCK_E2E_TEAM_URL. */
const TEAM_PORT = PORT - 1;
process.env.INTERLOCK_E2E_TEAM_URL = `http://127.0.0.1:${TEAM_PORT}`;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  // Two per core: a test spends much of its time waiting on page loads and the local server. With the
  // headless shell, 4 workers on 2 cores kept the CPU at 100% and ran the suite in 103 s against 132 s for 2.
  workers: Math.max(2, availableParallelism() * 2),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: browserPath(), args: [...CHROMIUM_FLAGS] },
    trace: 'off',
  },
  // The very server `npm start` runs after its build, so a broken `npm start` fails the suite; the second
  // serves the team build (the `team` stage of npm test) for team-site.spec.ts.
  webServer: [PORT, TEAM_PORT].map((port) => ({
    command: `npm run serve -- --host 127.0.0.1 --port ${port}${port === TEAM_PORT ? ' --dir dist-team' : ''}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    cwd: '../..',
    timeout: 60_000,
    stdout: 'ignore' as const,
  })),
});
