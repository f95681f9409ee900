// One way the browser tests run axe: WCAG 2.2 AA rules, violations only, in the page's own frame.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now, one line each, for an `expect(...).toEqual([])`. */
export async function axeViolations(page: Page, theme: string): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself. The default mode sends every frame's partial results
  // through the protocol and merges them in a new blank page, which took three times as long on a long
  // handbook page (3.0 s against 1.0 s for /boundary-contracts/c-idioms/) and only matters for iframes,
  // which no Interlock page has; the frame count below keeps it that way.
  expect(page.frames(), 'pages with iframes need axe out of legacy mode').toHaveLength(1);
  // Violations only: axe then skips building the report of every node that passed.
  // One options object: .options() replaces what .withTags() set, and would run every rule.
  const options = { runOnly: { type: 'tag' as const, values: WCAG_TAGS }, resultTypes: ['violations' as const] };
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options(options).analyze();
  return results.violations.map(
    (v) => `${v.id} (${theme}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}

/** Fails the test with axe's list when the page has any violation. */
export async function expectNoAxeViolations(page: Page, theme: string): Promise<void> {
  expect(await axeViolations(page, theme), `axe violations in the ${theme} theme`).toEqual([]);
}
