// The SVG cache: content-addressed keys, the committed cache holds every diagram the site shows (so a
// fresh clone builds without a browser), and a diagram is rendered at most once. No browser is launched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagram } from '../../../src/lib/diagram/diagram.ts';
import { BrowserNotFoundError, NO_BROWSER_HELP } from '../../../src/node/browser/find-chromium.ts';
import { diagramKey, KEY_FILE, svgIdFor } from '../../../src/node/diagram/cache-key.ts';
import { COMMITTED_CACHE, unreferencedFiles, userCacheDir } from '../../../src/node/diagram/cache-store.ts';
import { ensureDiagrams } from '../../../src/node/diagram/ensure.ts';
import { mermaidPackage } from '../../../src/node/diagram/mermaid-package.ts';
import type { Renderer } from '../../../src/node/diagram/renderer.ts';
import { siteDiagramJobs } from '../../../src/node/diagram/site-diagrams.ts';

const diagram: Diagram = { kind: 'ownership', title: 'Ownership map of t', description: 'd', mermaid: 'flowchart LR\n  n1["a"]\n' };

test('the key is a sha256 of everything that shapes the SVG, and nothing else', () => {
  const key = diagramKey(diagram, 'light');
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(diagramKey({ ...diagram }, 'light'), key, 'same input, same key');
  const changed = [
    diagramKey(diagram, 'dark'),
    diagramKey({ ...diagram, mermaid: `${diagram.mermaid} ` }, 'light'),
    diagramKey({ ...diagram, title: 'other' }, 'light'),
    diagramKey({ ...diagram, description: 'other' }, 'light'),
    diagramKey(diagram, 'light', '0.0.0'),
  ];
  assert.equal(new Set([key, ...changed]).size, changed.length + 1);
  assert.equal(diagramKey(diagram, 'light', mermaidPackage().version), key, 'the installed mermaid version is the default');
  assert.equal(svgIdFor(key), `d${key.slice(0, 16)}`);
  assert.ok(KEY_FILE.test(`${key}.svg`) && !KEY_FILE.test(`${key}.SVG`) && !KEY_FILE.test(`x${key}.svg`));
});

test('the CLI cache lives under XDG_CACHE_HOME, else ~/.cache', () => {
  assert.equal(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, '/home/u'), '/x/cache/interlock/diagrams');
  assert.equal(userCacheDir({}, '/home/u'), '/home/u/.cache/interlock/diagrams');
});

const jobs = siteDiagramJobs();

test('the committed cache holds every diagram the site shows (run `npm run diagrams` when this fails)', () => {
  assert.equal(jobs.length, 164, 'six samples: 39 ownership maps (one for imgcodec, one per type for the five over ten functions) and 30 lifecycles; 13 pattern maps; each in two themes');
  const missing = jobs.filter((job) => !existsSync(join(COMMITTED_CACHE, `${diagramKey(job.diagram, job.theme)}.svg`))).map((j) => j.label);
  assert.deepEqual(missing, []);
});

test('the committed cache holds nothing else (run `npm run diagrams -- --prune` when this fails)', () => {
  const needed = new Set(jobs.map((job) => diagramKey(job.diagram, job.theme)));
  assert.deepEqual(unreferencedFiles(COMMITTED_CACHE, needed), []);
  assert.deepEqual(readdirSync(COMMITTED_CACHE).filter((name) => !KEY_FILE.test(name)), [], 'only content-addressed SVG files');
});

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('every cached SVG is a named, described image with ids of its own, and no script, link or HTML', () => {
  for (const job of jobs) {
    const key = diagramKey(job.diagram, job.theme);
    const svg = readFileSync(join(COMMITTED_CACHE, `${key}.svg`), 'utf8');
    const id = svgIdFor(key);
    const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    assert.match(root, new RegExp(` id="${id}"`), job.label);
    assert.match(root, / role="img"/, job.label);
    assert.match(root, new RegExp(` aria-labelledby="${id}-title" aria-describedby="${id}-desc"`), job.label);
    assert.ok(svg.includes(`<title id="${id}-title">${escapeXml(job.diagram.title)}</title>`), job.label);
    assert.ok(svg.includes(`<desc id="${id}-desc">${escapeXml(job.diagram.description)}</desc>`), job.label);
    // Ids are prefixed with the root id, so two diagrams on one page never clash.
    for (const m of svg.matchAll(/\sid="([^"]+)"/g)) assert.ok(m[1]!.startsWith(id), `${job.label}: id ${m[1]}`);
    assert.doesNotMatch(svg, /<(script|foreignObject|a|img|iframe|image|use)\b|\shref=|\son[a-z]+=|javascript:/i, job.label);
    assert.ok(svg.endsWith('</svg>\n'), job.label);
    // A map is inline page weight: 128 KiB holds the largest real library's map (wasmtime, 42 functions: 92 KB).
    if (job.diagram.kind === 'ownership') assert.ok(Buffer.byteLength(svg) < 128 * 1024, `${job.label} is ${Buffer.byteLength(svg)} bytes`);
  }
});

/** A renderer that counts its calls instead of starting a browser. */
function fakeRenderer(calls: string[]): () => Promise<Renderer> {
  return async () => ({
    async render(d, theme, key) {
      calls.push(`${d.title} ${theme}`);
      return `<svg id="${svgIdFor(key)}"/>\n`;
    },
    async close() {
      calls.push('close');
    },
  });
}

test('an unchanged diagram is never rendered twice, and the browser opens only when something is missing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-diagram-cache-'));
  try {
    const cache = { lookIn: [dir], storeIn: dir };
    const wanted = [
      { diagram, theme: 'light' as const, label: 'a' },
      { diagram, theme: 'dark' as const, label: 'b' },
    ];
    const calls: string[] = [];
    const first = await ensureDiagrams(wanted, { cache, open: fakeRenderer(calls) });
    assert.deepEqual(calls, ['Ownership map of t light', 'Ownership map of t dark', 'close']);
    assert.deepEqual(first.map((r) => r.cached), [false, false]);
    assert.deepEqual(readdirSync(dir).sort(), wanted.map((w) => `${diagramKey(w.diagram, w.theme)}.svg`).sort());

    const again: string[] = [];
    const second = await ensureDiagrams(wanted, { cache, open: fakeRenderer(again) });
    assert.deepEqual(again, [], 'no render and no browser');
    assert.deepEqual(second.map((r) => [r.cached, r.svg]), first.map((r) => [true, r.svg]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a fresh clone builds the site diagrams without a browser; a missing one without a browser is NO_BROWSER_HELP', async () => {
  const noBrowser = async (): Promise<Renderer> => {
    throw new BrowserNotFoundError(NO_BROWSER_HELP);
  };
  const all = await ensureDiagrams(jobs, { cache: { lookIn: [COMMITTED_CACHE], storeIn: COMMITTED_CACHE }, open: noBrowser });
  assert.ok(all.every((r) => r.cached));

  const dir = mkdtempSync(join(tmpdir(), 'interlock-diagram-cache-'));
  try {
    writeFileSync(join(dir, 'keep.txt'), 'x');
    await assert.rejects(
      ensureDiagrams([{ diagram, theme: 'light', label: 'new' }], { cache: { lookIn: [dir], storeIn: dir }, open: noBrowser }),
      (error: unknown) => error instanceof BrowserNotFoundError && error.message === NO_BROWSER_HELP,
    );
    assert.deepEqual(readdirSync(dir), ['keep.txt'], 'nothing written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a render that cannot be stored still comes back when the caller asks to be told instead', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-diagram-cache-'));
  try {
    const blocked = join(dir, 'file-not-folder');
    writeFileSync(blocked, 'x');
    const cache = { lookIn: [blocked], storeIn: blocked };
    const wanted = [{ diagram, theme: 'light' as const, label: 'a' }];
    await assert.rejects(ensureDiagrams(wanted, { cache, open: fakeRenderer([]) }), /EEXIST|ENOTDIR|not a directory|exists/i);
    const problems: string[] = [];
    const [result] = await ensureDiagrams(wanted, { cache, open: fakeRenderer([]), onStoreError: (error) => problems.push(error.name) });
    assert.equal(result?.cached, false);
    assert.match(result?.svg ?? '', /^<svg id="d[0-9a-f]{16}"\/>\n$/);
    assert.equal(problems.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
