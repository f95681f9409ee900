// Every Rust, Go and C block on the site is an exact excerpt of a file in the pattern library, which CI
// compiles and runs: no snippet is ever retyped into a page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtHtmlFiles, DIST } from '../support/dist.ts';
import { renderedCodeBlocks } from '../support/code-blocks.ts';

const PATTERNS = new URL('../../playbooks/patterns/', import.meta.url).pathname;
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

for (const page of builtHtmlFiles()) {
  const blocks = renderedCodeBlocks(readFileSync(join(DIST, page), 'utf8')).filter((b) => CHECKED_LANGUAGES.has(b.lang));
  if (blocks.length === 0) continue;
  test(`Rust, Go and C code comes from the pattern library: ${page}`, () => {
    const retyped = blocks.filter((b) => !sourceOf(b.code)).map((b) => `${b.lang} block starting "${b.code.split('\n')[0]}"`);
    assert.deepEqual(retyped, []);
  });
}
