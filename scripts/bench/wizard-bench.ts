// Wizard figures (printed, never asserted): answer -> checklist time in the browser, bundle generation time, and
// the wizard page's JS weight before a code example is opened. Needs a built site: npm run build first.
// Usage: npm exec -- node scripts/bench/wizard-bench.ts
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { inlineScripts } from './inline-scripts.ts';
import { requireChromium } from '../../src/node/browser/find-chromium.ts';
import { CHROMIUM_FLAGS } from '../../src/node/browser/launch-flags.ts';
import { startStaticServer } from '../../src/node/static-server.ts';
import { checklistFromAnswers } from '../../src/lib/engine/playbook.ts';
import { bundleFromChecklist, bundlePatternIds, type AvailablePattern } from '../../src/lib/export/bundle.ts';
import { readPatternFolder, readSharedFolder } from '../../src/node/bundle/pattern-files.ts';
import { loadRepository } from '../../src/node/repository.ts';
import { printTable, type Figure } from './print-figures.ts';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const UPDATE_BUDGET_MS = 50;
const BUNDLE_BUDGET_MS = 300;
const JS_BUDGET_GZIP = 60 * 1024;
const ROUNDS = 60;

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** Every answer option of the questionnaire ticked where it can be: the largest checklist and bundle. */
function largestChoices(): Record<string, string[]> {
  const { questionnaire } = loadRepository(ROOT).playbook;
  const choices: Record<string, string[]> = {};
  for (const q of questionnaire.sections.flatMap((s) => s.questions)) {
    const withFacts = q.options.filter((o) => o.facts.length > 0 && o.exclusive !== true);
    const picked = q.kind === 'many' ? withFacts.map((o) => o.id) : [withFacts.sort((a, b) => b.facts.length - a.facts.length)[0]?.id ?? q.options[0]!.id];
    choices[q.id] = picked;
  }
  return choices;
}

function benchBundle(): Figure[] {
  const repository = loadRepository(ROOT);
  const { playbook } = repository;
  const answers = { project: 'imgcodec', goModule: 'example.com/imgcodec', choices: largestChoices() };
  const library = new Map([...repository.patterns].map(([id, p]) => [id, p.pattern.facts]));

  const readStart = performance.now();
  const checklist0 = checklistFromAnswers(playbook, answers, { date: '2026-01-01', interlockVersion: '0.1.0' });
  const ids = bundlePatternIds(checklist0, undefined, library);
  const patterns: Record<string, AvailablePattern> = {};
  for (const id of ids) {
    const p = repository.patterns.get(id)!;
    patterns[id] = { title: p.pattern.title, detectors: p.pattern.detectors, files: readPatternFolder(p.dir) };
  }
  const shared = readSharedFolder(ROOT);
  const readMs = performance.now() - readStart;

  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const checklist = checklistFromAnswers(playbook, answers, { date: '2026-01-01', interlockVersion: '0.1.0' });
    const result = bundleFromChecklist({ checklist, toolVersion: '0.1.0', patterns, shared, library });
    times.push(performance.now() - t);
    if (result.ok) size = result.zip.length;
  }
  times.sort((a, b) => a - b);
  return [
    {
      name: 'bundle generation, largest answer set (median of 30)',
      value: quantile(times, 0.5),
      unit: 'ms',
      budget: BUNDLE_BUDGET_MS,
      note: `${ids.length} patterns, ${kib(size)} KiB zip; slowest ${times.at(-1)?.toFixed(1)} ms`,
    },
    { name: 'reading those pattern files from disk (once)', value: readMs, unit: 'ms' },
  ];
}

/** Gzipped and raw bytes of every script response seen so far, and of the page's inline scripts. */
function scriptWatcher(page: Page): { raw: () => number; gzip: () => number; urls: () => string[]; addInline: () => Promise<void> } {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      bodies.set(response.url(), await response.body());
    } catch {
      // a response whose body is gone (navigation) is not part of this page
    }
  });
  return {
    raw: () => [...bodies.values()].reduce((n, b) => n + b.length, 0),
    gzip: () => [...bodies.values()].reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    urls: () => [...bodies.keys()].filter((u) => !u.startsWith('inline:')).map((u) => new URL(u).pathname),
    addInline: async () => {
      for (const [i, body] of (await inlineScripts(page)).entries()) bodies.set(`inline:${i}`, body);
    },
  };
}

async function benchBrowser(): Promise<Figure[]> {
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: requireChromium().path, args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage();
    const scripts = scriptWatcher(page);
    await page.goto(`${server.url}/wizard/`);
    await page.waitForSelector('#wz[data-ready="true"]');
    await page.waitForLoadState('networkidle');
    await scripts.addInline();
    const loadRaw = scripts.raw();
    const loadGzip = scripts.gzip();

    // Answer -> checklist: each change is a real click; the page marks the change and the finished render.
    // The purpose question is left alone: choosing "incident" opens postmortem mode, whose document preview
    // loads the engine (reported below with the exports).
    const inputs = page.locator('#wz-form fieldset[data-question]:not([hidden]):not([data-question="purpose"]) input');
    await page.evaluate(() => performance.clearMeasures('wz-update'));
    for (let i = 0; i < ROUNDS; i++) {
      const count = await inputs.count();
      await inputs.nth((i * 7) % count).click();
    }
    const durations = (await page.evaluate(() => performance.getEntriesByName('wz-update').map((e) => e.duration))).sort((a, b) => a - b);
    await page.waitForLoadState('networkidle');
    const answeredRaw = scripts.raw();
    const answeredGzip = scripts.gzip();
    const items = await page.locator('.wz-item').count();

    return [
      {
        name: 'answer change -> updated checklist (median)',
        value: quantile(durations, 0.5),
        unit: 'ms',
        budget: UPDATE_BUDGET_MS,
        note: `${durations.length} changes, up to ${items} items on screen`,
      },
      { name: 'answer change -> updated checklist (p95)', value: quantile(durations, 0.95), unit: 'ms', budget: UPDATE_BUDGET_MS },
      { name: 'answer change -> updated checklist (max)', value: durations.at(-1), unit: 'ms' },
      {
        name: 'wizard JS on load, gzipped',
        value: kib(loadGzip),
        unit: 'KiB',
        budget: kib(JS_BUDGET_GZIP),
        note: `${kib(loadRaw)} KiB raw, ${scripts.urls().length} script files and the inline scripts`,
      },
      {
        name: 'wizard JS after answering, before any example, gzipped',
        value: kib(answeredGzip),
        unit: 'KiB',
        budget: kib(JS_BUDGET_GZIP),
        note: `${kib(answeredRaw)} KiB raw`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchLazyChunks(): Promise<Figure[]> {
  // What the first export (or contract import) adds: the real engine, zod and yaml, loaded on demand.
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: requireChromium().path, args: [...CHROMIUM_FLAGS] });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const scripts = scriptWatcher(page);
    await page.goto(`${server.url}/wizard/#v=1&project=imgcodec&handles=yes&buffers=rust-owned&errors=out-param`);
    await page.waitForSelector('#wz[data-ready="true"]');
    await page.waitForLoadState('networkidle');
    const before = scripts.gzip();
    const t = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download zip bundle' }).click()]);
    await download.path();
    const zipMs = performance.now() - t;
    await page.waitForLoadState('networkidle');
    return [
      { name: 'JS the first export loads on demand, gzipped', value: kib(scripts.gzip() - before), unit: 'KiB', note: 'engine, zod, yaml' },
      { name: 'Download zip bundle click -> file, in the browser', value: zipMs, unit: 'ms', note: 'includes the engine chunk and pattern files over loopback' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!existsSync(join(DIST, 'wizard', 'index.html'))) {
  console.error('wizard-bench: dist/wizard/index.html is missing: run `npm run build` first.');
  process.exit(2);
}
console.log('Interlock wizard benchmarks (figures are printed, never asserted)');
printTable('Wizard in the browser', await benchBrowser());
printTable('Wizard exports', await benchLazyChunks());
printTable('Bundle (Node, pure generation)', benchBundle());
