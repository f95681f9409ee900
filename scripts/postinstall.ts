// Runs after `npm install`: tells the user once, with the fix, when no browser is available for tests.
import { BrowserNotFoundError, findChromium, NO_BROWSER_HELP } from '../src/node/browser/find-chromium.ts';

try {
  const found = findChromium();
  if (!found) {
    console.warn(`\ninterlock: no Chromium-based browser found.\n${NO_BROWSER_HELP}\n`);
  }
} catch (error) {
  // A misconfigured INTERLOCK_CHROMIUM must not fail the install; it is reported and fixed later.
  if (error instanceof BrowserNotFoundError) console.warn(`\ninterlock: ${error.message}\n`);
  else throw error;
}
