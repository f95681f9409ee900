// Every built page loads cleanly in a real browser (no console error, no failed request, no CSP violation)
// and passes axe's WCAG 2.2 AA checks in both themes.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtHtmlFiles } from '../support/dist.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages = builtHtmlFiles().map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
// One page per type (the first path segment) is also audited in the dark theme.
const firstOfType = new Map<string, string>();
for (const path of pages) {
  const type = path.split('/')[1] || 'home';
  if (!firstOfType.has(type)) firstOfType.set(type, path);
}

for (const path of pages) {
  test(`loads cleanly and passes axe: ${path}`, async ({ page }) => {
    const problems = watchForProblems(page);
    await watchCspViolations(page);
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'light');
    if ([...firstOfType.values()].includes(path)) {
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
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${theme}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
  expect(summary, `axe violations in the ${theme} theme`).toEqual([]);
}
