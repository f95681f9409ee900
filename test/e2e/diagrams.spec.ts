// Contract diagrams in a real browser: the theme picks the variant, and a wide map can be fitted to the page.
import { expect, test } from '@playwright/test';

test('a wide ownership map scrolls at drawn size and fits the column on request', async ({ page }) => {
  await page.goto('/contracts/storage-engine/');
  const figure = page.locator('figure.contract-diagram').first();
  const scroller = figure.locator('.scroller');
  const overflow = () => scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(await overflow()).toBeGreaterThan(0);
  await figure.getByRole('checkbox', { name: 'Fit the whole diagram to the page width' }).check();
  expect(await overflow()).toBeLessThanOrEqual(1);
});

test('the light theme shows the light drawing and the dark theme the dark one', async ({ page }) => {
  await page.goto('/contracts/imgcodec/');
  const figure = page.locator('figure.contract-diagram').first();
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(figure.locator('.variant-light svg')).toBeVisible();
  await expect(figure.locator('.variant-dark svg')).toBeHidden();
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(figure.locator('.variant-dark svg')).toBeVisible();
  await expect(figure.locator('.variant-light svg')).toBeHidden();
});
