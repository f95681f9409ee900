// The audit rule index in a real browser: filters by severity, phase and fact (mouse-free), the address keeps
// the choice, a rule page's fact links land filtered, and without JavaScript every rule shows and no dead form.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RULES = readdirSync(join(REPO, 'playbooks/rules')).filter((f) => f.endsWith('.yaml')).sort();
const rule = (file: string) => parseDocument(readFileSync(join(REPO, 'playbooks/rules', file), 'utf8'), { version: '1.2' }).toJS() as {
  id: string; severity: string; phase: string; when?: { 'all-of'?: string[]; 'any-of'?: string[] };
};
const all = RULES.map(rule);
const count = (keep: (r: ReturnType<typeof rule>) => boolean) => all.filter(keep).length;

test('severity and phase filters narrow the table with the keyboard alone, and reset shows everything', async ({ page }) => {
  await page.goto('/rules/');
  const status = page.locator('#rule-count');
  await expect(status).toHaveText(`Showing all ${all.length} rules.`);
  await page.locator('select[name=severity]').focus();
  await page.keyboard.press('ArrowDown'); // any -> critical
  const critical = count((r) => r.severity === 'critical');
  await expect(status).toHaveText(`Showing ${critical} of ${all.length} rules.`);
  await expect(page.locator('.rule-table tbody tr:not([hidden])')).toHaveCount(critical);
  await expect(page).toHaveURL(/\/rules\/\?severity=critical$/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // any -> design
  await expect(status).toHaveText(`Showing ${count((r) => r.severity === 'critical' && r.phase === 'design')} of ${all.length} rules.`);
  await page.getByRole('button', { name: 'Show all' }).press('Enter');
  await expect(status).toHaveText(`Showing all ${all.length} rules.`);
  await expect(page).toHaveURL(/\/rules\/$/);
});

test('a fact link from a rule page opens the index filtered to that fact', async ({ page }) => {
  await page.goto('/rules/IL-HDL-001/');
  await page.getByRole('link', { name: 'handle.opaque' }).first().click();
  await expect(page).toHaveURL(/\/rules\/\?fact=handle\.opaque$/);
  const expected = count((r) => [...(r.when?.['all-of'] ?? []), ...(r.when?.['any-of'] ?? [])].includes('handle.opaque'));
  await expect(page.locator('#rule-count')).toHaveText(`Showing ${expected} of ${all.length} rules.`);
  await expect(page.locator('select[name=fact]')).toHaveValue('handle.opaque');
  await page.locator('select[name=fact]').selectOption('always');
  await expect(page.locator('#rule-count')).toHaveText(`Showing ${count((r) => r.when === undefined)} of ${all.length} rules.`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every rule shows and the filter form stays hidden', async ({ page }) => {
    await page.goto('/rules/?severity=critical');
    await expect(page.locator('.rule-table tbody tr:visible')).toHaveCount(all.length);
    await expect(page.locator('#rule-filters')).toBeHidden();
    await expect(page.locator('#rule-count')).toHaveText(`Showing all ${all.length} rules.`);
  });
});
