// An engineer pastes the error message they are staring at into search and lands on the page that explains it.
import { expect, test } from '@playwright/test';

const MESSAGES = [
  'panic in a function that cannot unwind',
  'argument of cgo function has Go pointer to unpinned Go pointer',
  'misuse of an invalid Handle',
  'attempting double-free',
  'heap-use-after-free',
  'WARNING: DATA RACE',
];

for (const message of MESSAGES) {
  test(`search for "${message}" finds the fault-modes page`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill(message);
    // The top results must include the page; Pagefind lists the page and its matching sections.
    const hit = dialog.locator('a[href*="/reference/fault-modes/"]').first();
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL(/\/reference\/fault-modes\//);
    await expect(page.getByText(message, { exact: false }).first()).toBeVisible();
  });
}
