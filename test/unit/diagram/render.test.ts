// The renderer in a real headless Chromium: it reproduces the committed SVGs byte for byte, and hostile
// label text comes out as drawn characters, never as a link, a script, HTML or a changed configuration.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphNode, OwnershipGraph } from '../../../src/lib/diagram/ownership-graph.ts';
import { ownershipMermaid } from '../../../src/lib/diagram/ownership.ts';
import { findChromium } from '../../../src/node/browser/find-chromium.ts';
import { diagramKey, svgIdFor } from '../../../src/node/diagram/cache-key.ts';
import { COMMITTED_CACHE } from '../../../src/node/diagram/cache-store.ts';
import { openRenderer, type Renderer } from '../../../src/node/diagram/renderer.ts';
import { siteDiagramJobs } from '../../../src/node/diagram/site-diagrams.ts';
import { HOSTILE } from '../../fixtures/diagram/hostile.ts';

/** Every element a rendered diagram may contain. */
const DRAWING = new Set(['svg', 'title', 'desc', 'style', 'g', 'defs', 'marker', 'path', 'rect', 'line', 'polygon', 'circle', 'text', 'tspan']);

const skip = findChromium() === undefined ? 'no Chromium-based browser on this machine' : false;
let renderer: Renderer | undefined;
before(async () => {
  if (!skip) renderer = await openRenderer();
});
after(async () => {
  await renderer?.close();
});

test('rendering again reproduces the committed SVG byte for byte', { skip }, async () => {
  const jobs = siteDiagramJobs().filter((j) => j.label === 'imgcodec ownership (light)' || j.label === 'storage-engine lifecycle Txn (dark)');
  assert.equal(jobs.length, 2);
  for (const job of jobs) {
    const key = diagramKey(job.diagram, job.theme);
    const svg = await renderer!.render(job.diagram, job.theme, key);
    assert.equal(svg, readFileSync(join(COMMITTED_CACHE, `${key}.svg`), 'utf8'), job.label);
  }
});

test('hostile label text is drawn as text: no link, script, HTML, foreign object or changed theme', { skip }, async () => {
  const labels = [...HOSTILE, 'a %{init: {"theme":"forest"}}% b'];
  const graph: OwnershipGraph = {
    library: 'hostile',
    nodes: [{ key: 'fn:f', region: 'abi', label: 'f' }, ...labels.map((label, i): GraphNode => ({ key: `k${i}`, region: i % 2 === 0 ? 'go' : 'rust', label }))],
    // The arrow's phrase is written in the function's box, the hostile text with it.
    edges: labels.map((label, i) => ({ from: `k${i}`, to: 'fn:f', kind: 'borrow' as const, lines: i === 0 ? [labels[3]!, labels[1]!] : [label], sentence: '' })),
  };
  const diagram = { kind: 'ownership' as const, title: '<b>title</b> & "quotes"', description: '<script>alert(1)</script>', mermaid: ownershipMermaid(graph) };
  const key = diagramKey(diagram, 'light');
  const svg = await renderer!.render(diagram, 'light', key);
  // Only markup counts: hostile words are expected in the drawn text, escaped.
  const tags = [...svg.matchAll(/<([A-Za-z][\w:-]*)([^>]*)>/g)];
  assert.ok(tags.length > 50);
  for (const [tag, name, attributes] of tags) {
    assert.ok(DRAWING.has(name!), `unexpected element: ${tag}`);
    for (const [, attr] of attributes!.matchAll(/\s([^\s=]+)=/g)) assert.doesNotMatch(attr!, /^on|href$/i, tag);
    assert.doesNotMatch(tag, /javascript:/i);
  }
  // The theme is still ours: the light palette's node fill, not the forest theme's.
  assert.match(svg, /\.node rect\{fill:#eef2f7/);
  assert.ok(svg.includes(`<title id="${svgIdFor(key)}-title">&lt;b&gt;title&lt;/b&gt; &amp; &quot;quotes&quot;</title>`));
  assert.ok(svg.includes(`<desc id="${svgIdFor(key)}-desc">&lt;script&gt;alert(1)&lt;/script&gt;</desc>`));
  // Each label is drawn as exactly its own characters (XML-escaped in the file); a box's lines (the generator
  // wraps them at spaces) are read back joined by one space, and the box of f holds the arrow's phrase too.
  const drawnTexts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(([, inner]) => [...inner!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' '));
  for (const label of ['<img src=x onerror=alert(1)>', '"]; click n1 href "javascript:alert(1)"', '&lt;b&gt; &#60; &amp; #60;', 'style n1 fill:#f00', 'classDef x fill:red; class n1 x', 'emoji 🦀 and Ünïcödé', 'a %{init: {"theme":"forest"}}% b']) {
    const drawn = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    assert.ok(drawnTexts.some((text) => text === drawn || text.includes(drawn)), `drawn as text: ${label}`);
  }
});

test('a render past the time limit is abandoned with a message naming the diagram, its size and the limit', { skip }, async () => {
  const [job] = siteDiagramJobs().filter((j) => j.label === 'imgcodec ownership (light)');
  const slow = await openRenderer({ timeLimitMs: 1 });
  await assert.rejects(slow.render(job!.diagram, job!.theme, diagramKey(job!.diagram, job!.theme)), {
    name: 'RenderTimeLimitError',
    message: `rendering "${job!.diagram.title}" (${job!.diagram.mermaid.split('\n').length} lines of Mermaid) took longer than the 0.001 s limit; split the contract or draw one type at a time`,
  });
  await slow.close();
});
