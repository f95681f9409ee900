// The Content-Security-Policy in a real browser: every page carries a hash-based policy, the site runs
// under it with no violation (search, the wizard, diagrams), and an injected inline script is blocked.
import { expect, test, type Page } from '@playwright/test';

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []))];
}

async function policyOf(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
}

test('every kind of page has a hash-based policy and loads with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ['/', '/cli/', '/contracts/', '/contracts/imgcodec/', '/lint/', '/rules/', '/wizard/', '/404.html']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await policyOf(page);
    expect(policy, `${path}: policy`).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]{44}')+; /);
    expect(policy, `${path}: no unsafe script sources`).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(await violations(), `${path}: violations`).toEqual([]);
  }
});

test('search (Pagefind and its WebAssembly) runs under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('cgo.Handle');
  await expect(dialog.locator('a[href]').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the theme switch and the wizard run under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/wizard/');
  await expect(page.locator('#wz')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await violations()).toEqual([]);
});

test('an inline script that was not in the build is blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});
