// The handbook works as a reader uses it: pages render, the sidebar navigates, search finds, themes switch.
import { expect, test } from '@playwright/test';

test('home page says what Interlock is and where to start', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interlock' })).toBeVisible();
  await expect(page.getByText('Teaches the bridge')).toBeVisible();
  await page.getByRole('link', { name: 'Start here' }).first().click();
  await expect(page).toHaveURL(/\/start-here\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Start here' })).toBeVisible();
});

test('sidebar navigation moves between handbook pages and marks the current one', async ({ page }) => {
  await page.goto('/start-here/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await sidebar.getByRole('link', { name: 'Run Interlock for your team' }).click();
  await expect(page).toHaveURL(/\/run-for-your-team\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Run Interlock for your team' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Run Interlock for your team' })).toHaveAttribute('aria-current', 'page');
});

test('search finds a handbook page by a word that appears on it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('air-gapped');
  const result = dialog.getByRole('link', { name: /Run Interlock for your team/ }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/run-for-your-team\//);
});

test('the theme toggle switches between dark and light and remembers the choice', async ({ page }) => {
  await page.goto('/start-here/');
  const select = page.getByRole('combobox', { name: 'Select theme' }).first();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('search loads its UI only when opened, and Ctrl+K puts the cursor in the search box', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/start-here/', { waitUntil: 'networkidle' });
  const searchUiLoaded = () => scripts.some((url) => /ui-core/.test(url));
  expect(searchUiLoaded()).toBe(false);
  await page.locator('main').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
  expect(searchUiLoaded()).toBe(true);
  await page.keyboard.type('nginx');
  await expect(page.getByRole('dialog').getByRole('link', { name: /Run Interlock for your team/ }).first()).toBeVisible();
});
