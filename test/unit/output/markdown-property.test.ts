// Property test: random strings full of Markdown, HTML, URL, control and bidi characters go through every
// Markdown export that carries free text (diff comment, changelog, postmortem), and a real CommonMark/GFM renderer
// (micromark) must see exactly the structure it sees for a harmless value: no link, image, HTML, heading,
// quote, list or task the input did not get from Interlock. Seeded, so every run checks the same strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { diffContracts } from '../../../src/lib/diff/diff.ts';
import { formatMarkdown } from '../../../src/lib/diff/format-markdown.ts';
import { changelogEntry } from '../../../src/lib/diff/changelog.ts';
import { buildChecklist } from '../../../src/lib/engine/checklist.ts';
import { buildPostmortem } from '../../../src/lib/engine/postmortem.ts';
import { postmortemMarkdown } from '../../../src/lib/export/markdown.ts';
import { MINI_FAULT, MINI_INCIDENT, MINI_META, MINI_RULES } from '../../fixtures/engine/mini-rules.ts';
import { contract, side } from '../diff/support.ts';

/** mulberry32: a tiny seeded generator, so a failure reproduces exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Single characters and known attack fragments; strings are random sequences of them. */
const PIECES = [
  ...'`*_[]()<>!#+-.|~&:@={}"\'\\/ \t\n\r'.split(''),
  '\u001b', '\u0007', '\u0085', '\u202e', '\u2066', '\u2028', '\u200f',
  'a', 'Z', '1', 'é', 'www.', 'http://x.io', 'javascript:alert(1)', 'mailto:', 'a@b.io', '@admin', '#12',
  '<img src=x onerror=alert(1)>', '<script>', '</code>', '&amp;', '&#60;', '- [x] ', '* ', '1. ', '2) ', '> ',
  '# ', '### Approved by security', '```', '~~~', '    ', '---', '===', '![i](http://t.io/p.png)', '[l](http://e.io)',
  '<http://auto.io>', '[^1]', '[r]: http://ref.io', '| a | b |', '\\`', '``', '\n\n',
];

function randomString(next: () => number, maxPieces: number): string {
  const n = 1 + Math.floor(next() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i += 1) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

function render(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/**
 * The document's structure: every element the renderer produced, except code spans (an input value may
 * legitimately split into several), paragraphs and line breaks (prose may have several) and the text. Raw HTML passes through micromark unchanged, so an injected
 * tag shows up here as an element too.
 */
function structure(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)].map((m) => m[0].replace(/\s(href|src|alt|title)="[^"]*"/g, ' $1')).filter((t) => !/^<\/?(code|p|br)\b/.test(t));
}

const HARMLESS = 'plain';
const SAMPLES = 250;
const F = '  demo_f:\n    params: { x: { type: i32 } }\n    errors: none\n    panics: catch';

/** A head contract whose parameter type is the hostile value; the type is free text in the schema. */
function diffWithType(type: string): { md: string; changelog: string } | undefined {
  const head = contract({ abi: '2.0', functions: F.replace('type: i32', `type: ${JSON.stringify(type)}`) });
  let headSide;
  try {
    headSide = side('head.yaml', head);
  } catch {
    return undefined; // refused on input (too long, a raw control the decoder rejects): nothing to export
  }
  const report = diffContracts(side('base.yaml', contract({ abi: '1.0', functions: F })), headSide, { kind: 'facts', summaries: {} });
  return { md: formatMarkdown(report), changelog: changelogEntry(report) };
}

function postmortemWith(text: string): string | undefined {
  // Project, crate, module and ABI are allow-listed by buildChecklist; the incident's prose is free text.
  const checklist = buildChecklist(MINI_RULES, ['incident', 'handle.opaque'], MINI_META);
  const incident = { ...MINI_INCIDENT, title: text, summary: text, impact: text, trigger: text, detection: text, resolution: text };
  try {
    return postmortemMarkdown(checklist, buildPostmortem(checklist, incident, MINI_FAULT, {}));
  } catch (error) {
    if (error instanceof RangeError) return undefined; // refused by the incident reader: never exported
    throw error;
  }
}

test('the harmless baseline itself renders links, headings and tasks (the oracle can see them)', () => {
  const s = structure(render(postmortemWith(HARMLESS) ?? ''));
  assert.ok(s.includes('<h1>') && s.includes('<blockquote>') && s.some((t) => t.startsWith('<a ')) && s.some((t) => t.startsWith('<input')));
});

test(`${SAMPLES} random hostile strings add no structure to any Markdown export`, () => {
  const next = prng(0x17);
  const baseline = {
    diff: diffWithType(HARMLESS),
    postmortem: structure(render(postmortemWith(HARMLESS) ?? '')),
  };
  assert.ok(baseline.diff !== undefined);
  const diffBaseline = { md: structure(render(baseline.diff.md)), changelog: structure(render(baseline.diff.changelog)) };
  let diffs = 0;
  let postmortems = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    const s = randomString(next, 12);
    const label = `sample ${i}: ${JSON.stringify(s)}`;
    // The incident reader refuses backticks, `<` and controls in prose; what it accepts must stay text.
    const pm = postmortemWith(s.replace(/[`<\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''));
    if (pm !== undefined) {
      postmortems += 1;
      assert.deepEqual(structure(render(pm)), baseline.postmortem, `postmortem, ${label}`);
    }
    const d = diffWithType(s);
    if (d === undefined) continue;
    diffs += 1;
    assert.deepEqual(structure(render(d.md)), diffBaseline.md, `diff comment, ${label}`);
    assert.deepEqual(structure(render(d.changelog)), diffBaseline.changelog, `changelog, ${label}`);
  }
  // Most samples must reach the diff: the property says nothing about inputs the contract refuses.
  assert.ok(diffs > SAMPLES / 2, `only ${diffs} of ${SAMPLES} samples were accepted as a parameter type`);
  assert.ok(postmortems > SAMPLES / 2, `only ${postmortems} of ${SAMPLES} samples were accepted as incident prose`);
});
