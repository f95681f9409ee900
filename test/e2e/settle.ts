// Waits until a page has done what it does on load: no request in flight, its scripts' queued work run, and
// Expressive Code's late pass over the code blocks done. Exact conditions instead of networkidle, whose
// half second of quiet cost every page of the browser suite that half second.
import { expect, type Page, type Request } from '@playwright/test';

/** Starts counting the page's requests; call before goto. Returns how many are unfinished now. */
export function countRequestsInFlight(page: Page): () => number {
  const inFlight = new Set<Request>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return () => inFlight.size;
}

export async function waitUntilSettled(page: Page, inFlight: () => number): Promise<void> {
  await page.waitForLoadState('load');
  // Expressive Code makes an overflowing code block focusable (tabindex, role=region) 250 ms after a
  // ResizeObserver sees it, then in an idle callback; axe checks that a scrollable region is focusable.
  // Blocks in a closed <details> are not rendered, so no observer sees them and axe skips them.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => !pre.checkVisibility() || pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  await expect.poll(inFlight, { message: 'requests still in flight', intervals: [50] }).toBe(0);
  // An idle callback runs once the page has no task ready to run, so what its scripts queued at load is done.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))));
}
