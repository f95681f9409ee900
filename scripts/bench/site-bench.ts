// Site budget figures: build time and memory, page count, output sizes, and JS a handbook page loads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { inlineScripts } from './inline-scripts.ts';
import { requireChromium } from '../../src/node/browser/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../../src/node/browser/launch-flags.ts';
import { startStaticServer } from '../../src/node/static-server.ts';
import { printTable, type Figure } from './print-figures.ts';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const HANDBOOK_PAGE = '/start-here/';
const JS_BUDGET_BYTES = 20 * 1024;

async function benchSite(): Promise<Figure[]> {
  const build = timedBuild();
  const html = filesUnder(DIST).filter((f) => f.endsWith('.html'));
  const pagefind = filesUnder(join(DIST, 'pagefind'));
  const js = await measureHandbookPageJs();
  return [
    { name: 'site build wall time', value: build.seconds, unit: 's' },
    { name: 'site build peak memory', value: build.peakMiB, unit: 'MiB' },
    { name: 'pages built', value: html.length, unit: 'pages' },
    { name: 'HTML total', value: kib(sum(html)), unit: 'KiB' },
    { name: 'Pagefind index + UI total', value: kib(sum(pagefind)), unit: 'KiB' },
    {
      name: `JS run by ${HANDBOOK_PAGE} before search is opened (files and inline)`,
      value: kib(js.beforeSearch.raw),
      unit: 'KiB',
      budget: kib(JS_BUDGET_BYTES),
      note: `${kib(js.beforeSearch.gzip)} KiB gzipped`,
    },
    { name: `JS loaded once search is opened`, value: kib(js.afterSearch.raw), unit: 'KiB', note: `${kib(js.afterSearch.gzip)} KiB gzipped` },
  ];
}

function timedBuild(): { seconds: number; peakMiB: number | undefined } {
  const started = performance.now();
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? ['/usr/bin/time', '-f', 'peak-rss-kib=%M', 'astro', 'build'] : ['astro', 'build'];
  const result = spawnSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('astro build failed; see the output above.');
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss-kib=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMiB: peak ? Number(peak) / 1024 : undefined };
}

async function measureHandbookPageJs() {
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: requireChromium().path, args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage();
    const loaded: Array<{ phase: 'before' | 'after'; body: Buffer }> = [];
    let phase: 'before' | 'after' = 'before';
    page.on('response', async (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (!/javascript/.test(type)) return;
      const current = phase;
      loaded.push({ phase: current, body: await response.body() });
    });
    await page.goto(`${server.url}${HANDBOOK_PAGE}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    for (const body of await inlineScripts(page)) loaded.push({ phase: 'before', body });
    phase = 'after';
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('ownership');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const total = (which: 'before' | 'after') => {
      const bodies = loaded.filter((l) => which === 'after' || l.phase === 'before').map((l) => l.body);
      return { raw: bodies.reduce((n, b) => n + b.length, 0), gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0) };
    };
    return { beforeSearch: total('before'), afterSearch: total('after') };
  } finally {
    await browser.close();
    await server.close();
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const sum = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

if (import.meta.main) printTable('Site', await benchSite());
