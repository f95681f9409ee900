// A team's build of the handbook (test/fixtures/team-site, built by the `team` stage): its page and its
// contract appear beside Interlock's, in the sidebar, with diagrams, "Edit page" and its own site URL.
import { expect, test } from '@playwright/test';

test.use({ baseURL: process.env.INTERLOCK_E2E_TEAM_URL });

test("the team's page is in the sidebar group and edits in the team's repository", async ({ page }) => {
  await page.goto('/start-here/');
  const group = page.locator('nav[aria-label="Main"] details', { has: page.getByText('Tiles team', { exact: true }) });
  await group.getByRole('link', { name: 'Tiles on-call notes' }).click();
  await expect(page).toHaveURL(/\/team\/on-call\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiles on-call notes');
  await expect(page.getByRole('link', { name: 'Edit page' })).toHaveAttribute('href', 'https://git.tiles.test/tiles/service/edit/main/handbook/on-call.mdx');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://handbook.tiles.test/team/on-call/');
});

test("with INTERLOCK_EDIT_URL, Interlock's own pages edit in the team's copy of Interlock", async ({ page }) => {
  await page.goto('/memory-models/go-runtime/');
  await expect(page.getByRole('link', { name: 'Edit page' })).toHaveAttribute('href', 'https://git.tiles.test/platform/interlock/edit/main/content/docs/memory-models/go-runtime.mdx');
});

test("the team's contract has a gallery page with its diagrams, next to Interlock's samples", async ({ page }) => {
  await page.goto('/contracts/');
  await expect(page.getByRole('link', { name: 'tilestore', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'imgcodec', exact: true })).toBeVisible();
  await page.goto('/contracts/tilestore/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contract: tilestore');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  const maps = page.locator('figure.contract-diagram .variant-light svg');
  await expect(maps.first()).toBeVisible();
  // tilestore has more than ten functions: its ownership map is drawn in 4 parts, one per type, then 2 lifecycles.
  expect(await maps.count()).toBe(6);
  await expect(page.locator('figure.contract-diagram').first().locator('svg title').first()).toContainText('tilestore');
});
