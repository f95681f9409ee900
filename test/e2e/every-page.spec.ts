// Every built page loads cleanly in a real browser (no console error, no failed request, no CSP violation).
// axe's WCAG 2.2 AA checks run on every handbook page, and on one page of each generated template (rules,
// lint rules, patterns, contracts...) in both themes: the other pages of a template share its markup, and
// auditing all of them cost most of the browser suite's time while finding nothing the first did not.
// A worker visits its pages in one tab, as a reader does. A fresh context per page started a renderer per
// page: the browser suite took 123 s and 240 CPU-s that way, 94 s and 184 CPU-s with one tab per worker.
// A failed test ends its worker, so the next page gets a new tab.
import { expect, test as base, type Page } from '@playwright/test';
import { builtHtmlFiles } from '../support/dist.ts';
import { axeViolations, expectNoAxeViolations } from './axe.ts';
import { countRequestsInFlight, waitUntilSettled } from './settle.ts';

/** URL segments of pages generated from one template each ([id].astro and the like). */
const TEMPLATED = new Set(['rules', 'lint', 'patterns', 'contracts', 'probes', 'team']);

/** One tab per worker, with its problem log; each test empties the log and returns the tab to the light theme. */
interface Tab {
  page: Page;
  problems: string[];
  inFlight: () => number;
}
const test = base.extend<{ tab: Tab }, { workerTab: Tab }>({
  workerTab: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      const page = await context.newPage();
      const problems = watchForProblems(page);
      const inFlight = countRequestsInFlight(page);
      await watchCspViolations(page);
      await use({ page, problems, inFlight });
      await context.close();
    },
    { scope: 'worker' },
  ],
  tab: async ({ workerTab }, use) => {
    workerTab.problems.length = 0;
    await workerTab.page.emulateMedia({ colorScheme: 'light' });
    await use(workerTab);
  },
});

const pages = builtHtmlFiles().map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
// One page per type (the first path segment) is also audited in the dark theme.
const firstOfType = new Map<string, string>();
test('axe, as these tests run it, reports a missing alt text and low contrast', async ({ page }) => {
  await page.goto('/start-here/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p style="color:#bbb;background:#fff">faint words</p>');
  });
  const found = (await axeViolations(page, 'light')).map((line) => line.split(' ')[0]);
  expect(found).toEqual(['color-contrast', 'image-alt']);
});

for (const path of pages) {
  const type = path.split('/')[1] || 'home';
  if (!firstOfType.has(type)) firstOfType.set(type, path);
}
const firsts = new Set(firstOfType.values());
/** The index of a template's section (/rules/) has its own markup, so it is audited like a first page. */
const audited = (path: string): boolean => firsts.has(path) || !TEMPLATED.has(path.split('/')[1] ?? '') || path.split('/').length === 3;

test('the pages that skip axe are generated from a template whose first page is audited', () => {
  const skipped = pages.filter((p) => !audited(p));
  expect(skipped.length).toBeGreaterThan(50);
  for (const path of skipped) expect(firsts.has(firstOfType.get(path.split('/')[1]!)!)).toBe(true);
});

for (const path of pages) {
  const axe = audited(path);
  test(`loads cleanly${axe ? ' and passes axe' : ''}: ${path}`, async ({ tab: { page, problems, inFlight } }) => {
    // A long page's audit takes seconds on a loaded machine: the limit guards a hang, not speed.
    test.setTimeout(90_000);
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    await waitUntilSettled(page, inFlight);
    if (axe) await expectNoAxeViolations(page, 'light');
    if (firsts.has(path)) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => {
        document.documentElement.dataset.theme = 'dark';
      });
      await expectNoAxeViolations(page, 'dark');
    }
    problems.push(...(await cspViolations(page)));
    expect(problems, 'console errors, CSP violations and failed requests').toEqual([]);
  });
}

function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Content-Security-Policy violations, recorded from before the page's first script (the policy is a <meta>). */
async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI || 'inline'}`));
  });
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
