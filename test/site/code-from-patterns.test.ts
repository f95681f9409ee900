// Every Rust, Go and C block on the site is an exact excerpt of a file in the pattern library, which CI
// compiles and runs: no snippet is ever retyped into a page. The blocks are found in the built HTML, so the
// floors below make sure they are found at all: if the markup changes, the checks fail instead of vanishing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtHtmlFiles, DIST } from '../support/dist.ts';
import { renderedCodeBlocks } from '../support/code-blocks.ts';
import { fileURLToPath } from 'node:url';

const PATTERNS = fileURLToPath(new URL('../../playbooks/patterns/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../content/docs/', import.meta.url));
const CHECKED_LANGUAGES = new Set(['rust', 'rs', 'go', 'c', 'h']);

const sourceFiles = readdirSync(PATTERNS, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(rs|go|h|c)$/.test(entry.name) && !entry.parentPath.includes('/target'))
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: relative(PATTERNS, path), lines: normalise(readFileSync(path, 'utf8')) };
  });

function normalise(text: string): string[] {
  return text.replace(/\n+$/, '').split('\n').map((line) => line.trimEnd());
}

/** The pattern file that contains the block as a run of whole, consecutive lines. */
function sourceOf(code: string): string | undefined {
  const block = normalise(code);
  for (const file of sourceFiles) {
    for (let start = 0; start + block.length <= file.lines.length; start++) {
      if (block.every((line, i) => file.lines[start + i] === line)) return file.path;
    }
  }
  return undefined;
}

test('the pattern library has source files to compare against', () => {
  assert.ok(sourceFiles.length > 10, `found only ${sourceFiles.length} source files`);
});

const checkedBlocks = new Map(
  builtHtmlFiles().map((page) => {
    const html = readFileSync(join(DIST, page), 'utf8');
    return [page, { html, blocks: renderedCodeBlocks(html).filter((b) => CHECKED_LANGUAGES.has(b.lang)) }] as const;
  }),
);

test('every highlighted block in the built site is extracted (counted by its <pre> tag, not by the extractor)', () => {
  const missed: string[] = [];
  for (const [page, { html, blocks }] of checkedBlocks) {
    const tags = [...html.matchAll(/<pre\b[^>]*\sdata-language="([^"]*)"/g)].filter((m) => CHECKED_LANGUAGES.has(m[1]!)).length;
    if (tags !== blocks.length) missed.push(`${page}: ${tags} Rust/Go/C <pre> tags, ${blocks.length} blocks extracted`);
  }
  assert.deepEqual(missed, []);
});

test('every pattern page shows Rust and Go code, and every handbook page at least its <PatternCode> excerpts', () => {
  const short: string[] = [];
  const patterns = readdirSync(PATTERNS, { withFileTypes: true }).filter((e) => e.isDirectory() && !/^[_.]/.test(e.name));
  assert.ok(patterns.length >= 10, `${patterns.length} patterns`);
  for (const { name } of patterns) {
    const langs = new Set(checkedBlocks.get(`patterns/${name}/index.html`)?.blocks.map((b) => b.lang));
    if (!langs.has('rust') || !langs.has('go')) short.push(`patterns/${name}/: languages ${[...langs].join(', ') || 'none'}`);
  }
  const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  let excerpts = 0;
  for (const mdx of pages) {
    const expected = [...readFileSync(join(DOCS, mdx), 'utf8').matchAll(/<PatternCode\b[^>]*\sfile="[^"]*\.(rs|go|c|h)"/g)].length;
    excerpts += expected;
    const page = mdx === 'index.mdx' ? 'index.html' : `${mdx.replace(/(\/index)?\.mdx$/, '')}/index.html`;
    const found = checkedBlocks.get(page)?.blocks.length ?? 0;
    if (existsSync(join(DIST, page)) ? found < expected : expected > 0) short.push(`${page}: ${found} Rust/Go/C blocks, ${expected} <PatternCode> excerpts in ${mdx}`);
  }
  assert.ok(excerpts >= 20, `${excerpts} <PatternCode> excerpts in the handbook`);
  assert.deepEqual(short, []);
});

for (const [page, { blocks }] of checkedBlocks) {
  if (blocks.length === 0) continue;
  test(`Rust, Go and C code comes from the pattern library: ${page}`, () => {
    const retyped = blocks.filter((b) => !sourceOf(b.code)).map((b) => `${b.lang} block starting "${b.code.split('\n')[0]}"`);
    assert.deepEqual(retyped, []);
  });
}
