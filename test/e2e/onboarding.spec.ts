// A newcomer who clicks Next from "Start here" walks the onboarding path in order, each page saying which
// step it belongs to. The expected order is read from the Start here page itself, not from the site's data.
import { expect, test } from '@playwright/test';

test('Next from Start here walks the numbered path in order, with "Step n of 10" on every page', async ({ page }) => {
  await page.goto('/start-here/');
  await expect(page.locator('.page-meta')).toHaveText(/^The path: 10 steps · \d+ min read$/);
  // The oracle: the links of the numbered list under "The path", step by step, as a reader sees them.
  const steps = await page.locator('#the-path ~ ol').first().locator(':scope > li').evaluateAll((items) =>
    items.map((li) => [...li.querySelectorAll('a')].map((a) => new URL(a.href).pathname)),
  );
  expect(steps.length).toBe(10);
  for (const [index, links] of steps.entries()) {
    for (const href of links) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator('.page-meta')).toHaveText(new RegExp(`^Step ${index + 1} of 10 · \\d+ min read$`));
    }
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${steps.at(-1)!.at(-2)!}$`));
});

test('a handbook page says when it last changed (from git) and how long it takes to read', async ({ page }) => {
  await page.goto('/memory-models/go-runtime/');
  await expect(page.getByText('Last updated:')).toBeVisible();
  const datetime = await page.locator('footer time').getAttribute('datetime');
  expect(Number.isNaN(Date.parse(datetime ?? ''))).toBe(false);
  await expect(page.locator('.page-meta')).toHaveText(/^Step 1 of 10 · \d+ min read$/);
});

test('the search key Start here tells a newcomer to press opens search', async ({ page }) => {
  await page.goto('/start-here/');
  const hint = page.locator('li', { hasText: 'Responding to an incident?' }).locator('kbd');
  const keys = (await hint.allTextContents()).slice(0, 2);
  expect(keys).toEqual(['Ctrl', 'K']);
  await page.keyboard.press(`Control+${keys[1]!.toLowerCase()}`);
  await expect(page.getByRole('dialog')).toBeVisible();
});
