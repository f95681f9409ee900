// The JavaScript a page carries inline (<script> without src), which a browser runs as surely as the files it
// fetches: the benches add it to the script responses, so a size they print is what a reader downloads and runs.
import type { Page } from '@playwright/test';

/** The text of every inline script the browser executes; data blocks (application/json) are not code. */
export async function inlineScripts(page: Page): Promise<Buffer[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()))
      .map((s) => s.textContent ?? ''),
  );
  return texts.map((t) => Buffer.from(t, 'utf8'));
}
