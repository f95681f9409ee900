// Every built page loads cleanly in a real browser (no console error, no failed request, no CSP violation).
// axe's WCAG 2.2 AA checks run on every handbook page, and on one page of each generated template (rules,
// lint rules, patterns, contracts...) in both themes: the other pages of a template share its markup, and
// auditing all of them cost most of the browser suite's time while finding nothing the first did not.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtHtmlFiles } from '../support/dist.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** URL segments of pages generated from one template each ([id].astro and the like). */
const TEMPLATED = new Set(['rules', 'lint', 'patterns', 'contracts', 'probes', 'team']);

const pages = builtHtmlFiles().map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
// One page per type (the first path segment) is also audited in the dark theme.
const firstOfType = new Map<string, string>();
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
  test(`loads cleanly${axe ? ' and passes axe' : ''}: ${path}`, async ({ page }) => {
    // A long page's audit takes seconds on a loaded machine: the limit guards a hang, not speed.
    test.setTimeout(90_000);
    const problems = watchForProblems(page);
    await watchCspViolations(page);
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    // networkidle, not a count of requests in flight: its half second of quiet also lets the page's own
    // scripts finish (Expressive Code makes overflowing code blocks focusable after load; axe checks that).
    await page.waitForLoadState('networkidle');
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

async function expectNoAxeViolations(page: Page, theme: string): Promise<void> {
  // Violations only: axe then skips building the report of every node that passed (about 10% of its time).
  // One options object: .options() replaces what .withTags() set, and would run every rule.
  const options = { runOnly: { type: 'tag' as const, values: WCAG_TAGS }, resultTypes: ['violations' as const] };
  const results = await new AxeBuilder({ page }).options(options).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${theme}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
  expect(summary, `axe violations in the ${theme} theme`).toEqual([]);
}
