// Pages show pattern files through <PatternCode>; the file must exist and each marked range must still fit
// it, so an edit to a pattern cannot silently leave a page marking the wrong lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { embedProblems, formatProblem, patternEmbeds } from './handbook-check.ts';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = join(ROOT, 'content/docs');
const PATTERNS = join(ROOT, 'playbooks/patterns');

const SOURCE = 'package p\n\n// Close frees it.\nfunc Close() {\n\tfree()\n}\n';
const read = (pattern: string, path: string) => (pattern === 'demo' && path === 'go/close.go' ? SOURCE : undefined);

test('embeds are found with their position and attributes', () => {
  const page = '---\ntitle: T\n---\n\nText.\n\n<PatternCode pattern="demo" file="go/close.go" focus="3-6" />\n\n  <PatternCode pattern="demo" file="go/close.go" />\n';
  assert.deepEqual(patternEmbeds(page, 'a.mdx'), [
    { file: 'a.mdx', line: 7, column: 1, pattern: 'demo', path: 'go/close.go', focus: '3-6' },
    { file: 'a.mdx', line: 9, column: 3, pattern: 'demo', path: 'go/close.go', focus: undefined },
  ]);
});

test('a missing file, a range past the end and a range on a blank line are each reported', () => {
  const page = [
    '<PatternCode pattern="demo" file="go/open.go" />',
    '<PatternCode pattern="demo" file="go/close.go" focus="3-6, 4-9" />',
    '<PatternCode pattern="demo" file="go/close.go" focus="2-4" />',
    '<PatternCode pattern="demo" file="go/close.go" focus="5" />',
  ].join('\n');
  assert.deepEqual(embedProblems(patternEmbeds(page, 'a.mdx'), read).map(formatProblem), [
    'a.mdx:1:1: PatternCode shows playbooks/patterns/demo/go/open.go, which does not exist',
    'a.mdx:2:1: focus "4-9" does not fit demo/go/close.go (6 lines)',
    'a.mdx:3:1: focus "2-4" of demo/go/close.go starts or ends on a blank line',
  ]);
});

test('every embed in the handbook shows an existing pattern file and marks lines inside it', () => {
  const embeds = readdirSync(DOCS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      return patternEmbeds(readFileSync(path, 'utf8'), relative(ROOT, path));
    });
  const problems = embedProblems(embeds, (pattern, path) => {
    const file = join(PATTERNS, pattern, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  });
  assert.deepEqual(problems.map(formatProblem), []);
  assert.ok(embeds.length >= 10, `only ${embeds.length} pattern embeds in the handbook`);
});
