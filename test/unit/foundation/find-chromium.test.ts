// The browser finder's search order: environment variable, Playwright's cache, then system paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BrowserNotFoundError, findChromium, NO_BROWSER_HELP, requireChromium } from '../../../src/node/browser/find-chromium.ts';

function probe(files: string[], dirs: Record<string, string[]> = {}) {
  return {
    exists: (path: string) => files.includes(path),
    listDir: (path: string) => dirs[path] ?? [],
    home: '/home/dev',
  };
}

test('an environment variable wins over everything else', () => {
  const found = findChromium({ env: { INTERLOCK_CHROMIUM: '/opt/chrome', PATH: '/usr/bin' }, ...probe(['/opt/chrome', '/usr/bin/chromium']) });
  assert.deepEqual(found, { path: '/opt/chrome', source: 'INTERLOCK_CHROMIUM' });
});

test('an environment variable naming a missing file is an error, not a silent fallback', () => {
  assert.throws(
    () => findChromium({ env: { INTERLOCK_CHROMIUM: '/nope' }, ...probe(['/usr/bin/chromium']) }),
    (error: unknown) => error instanceof BrowserNotFoundError && /INTERLOCK_CHROMIUM is set to \/nope/.test(error.message),
  );
});

test("Playwright's cache comes before system browsers, newest build first", () => {
  const cache = '/home/dev/.cache/ms-playwright';
  const found = findChromium({
    env: { PATH: '/usr/bin' },
    ...probe([`${cache}/chromium-1100/chrome-linux/chrome`, `${cache}/chromium-1200/chrome-linux/chrome`, '/usr/bin/chromium'], {
      [cache]: ['chromium-1100', 'chromium-1200', 'ffmpeg-1010'],
    }),
  });
  assert.deepEqual(found, { path: `${cache}/chromium-1200/chrome-linux/chrome`, source: 'playwright-cache' });
});

test('system names are tried in order along PATH', () => {
  const found = findChromium({ env: { PATH: '/custom/bin:/usr/bin' }, ...probe(['/usr/bin/google-chrome', '/custom/bin/chromium-browser']) });
  assert.deepEqual(found, { path: '/custom/bin/chromium-browser', source: 'system' });
});

test('the headless shell is preferred to a full Chromium in the same directory', () => {
  const found = findChromium({ env: { PATH: '/usr/bin' }, ...probe(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']) });
  assert.deepEqual(found, { path: '/usr/bin/chromium-headless-shell', source: 'system' });
});

test('nothing found: requireChromium throws the one help paragraph', () => {
  assert.equal(findChromium({ env: { PATH: '/usr/bin' }, ...probe([]) }), undefined);
  assert.throws(() => requireChromium({ env: { PATH: '/usr/bin' }, ...probe([]) }), { message: NO_BROWSER_HELP });
  assert.match(NO_BROWSER_HELP, /apt-get install chromium/);
});
