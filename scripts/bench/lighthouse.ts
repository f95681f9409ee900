// `npm run lighthouse`: Lighthouse (mobile) scores for the home page and a handbook page, in the local Chromium.
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { requireChromium } from '../../src/node/browser/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../../src/node/browser/launch-flags.ts';
import { startStaticServer } from '../../src/node/static-server.ts';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PAGES = ['/', '/start-here/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(DIST)) {
  console.error('dist/ does not exist: run `npm run build` first.');
  process.exit(2);
}

const server = await startStaticServer(DIST);
const chrome = await chromeLauncher.launch({ chromePath: requireChromium().path, chromeFlags: [...CHROMIUM_FLAGS] });
try {
  console.log(`Lighthouse (mobile emulation, simulated throttling) against ${server.url}`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((id) => `${id} ${Math.round((categories[id]?.score ?? 0) * 100)}`);
    console.log(`  ${path.padEnd(16)} ${scores.join('  ')}`);
    for (const id of CATEGORIES) {
      const category = categories[id];
      if (!category || category.score === 1) continue;
      const failing = category.auditRefs
        .map((ref) => result!.lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => audit.title);
      console.log(`      ${id} loses points on: ${failing.slice(0, 6).join('; ')}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
