// Every seed point is explained by a handbook page, every page names only real seed points, and the
// sidebar and the pages agree: the checks first prove they can fail, then run over the real handbook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sidebarFor } from '../../../src/site/sidebar.ts';
import { loadRepository } from '../../../src/node/repository.ts';
import { formatProblem, handbookProblems, parsePage, parseSeedPoints, sidebarEntries, type HandbookPage } from './handbook-check.ts';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = join(ROOT, 'content/docs');

const SEEDS = `points:
  S0-01: Settle ownership first.
  S0-02: Keep crossings narrow.
  S1-01: Know the audit surface.
`;

const SIDEBAR_SOURCE = `export const sidebar = [
  { label: 'Start', items: ['start-here', 'memory/go'] },
  { label: 'Later', items: ['memory/go', 'gone'] },
];
`;
const SIDEBAR = [
  { items: ['start-here', 'memory/go'] },
  { items: ['memory/go', 'gone', { link: '/patterns/' }] },
];

function page(file: string, slug: string, text: string): HandbookPage {
  const { page: parsed, problems } = parsePage(text, file, slug);
  assert.deepEqual(problems, []);
  return parsed;
}

const START = page('content/docs/start-here.mdx', 'start-here', '---\ntitle: Start\ndescription: Begin.\ncovers: [S0-01]\n---\n\nText.\n');
const TOPIC = page(
  'content/docs/memory/go.mdx',
  'memory/go',
  '---\ntitle: Go\ndescription: The Go side.\ncovers:\n  - S0-02\n  - S9-99\n---\n\n## Body\n\n## What to check\n\n## Try it\n',
);

test('seed points parse with the position of each ID', () => {
  const { ids, problems } = parseSeedPoints(SEEDS, 'seeds.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual([...ids.entries()][2], ['S1-01', { summary: 'Know the audit surface.', line: 4, column: 3 }]);
});

test('a malformed seed list is reported where it goes wrong', () => {
  const { problems } = parseSeedPoints('points:\n  S0-1: short id\n  S0-02:\n', 'seeds.yaml');
  assert.deepEqual(problems.map(formatProblem), [
    'seeds.yaml:2:3: "S0-1" is not a seed ID (S0-01 .. S1-99)',
    'seeds.yaml:3:3: S0-02 has no summary',
  ]);
  assert.deepEqual(parseSeedPoints('points:\n  S0-01: a: b\n', 'seeds.yaml').problems.map(formatProblem), [
    'seeds.yaml:2:10: Nested mappings are not allowed in compact mappings',
    'seeds.yaml:2:3: S0-01 has no summary',
  ]);
  assert.deepEqual(parseSeedPoints('- a list\n', 'seeds.yaml').problems.map(formatProblem), [
    'seeds.yaml:1:1: expected a `points:` mapping of seed IDs to one-line summaries',
  ]);
});

test('a page without frontmatter or without covers is reported', () => {
  assert.deepEqual(parsePage('# Title\n', 'a.mdx', 'a').problems.map(formatProblem), ['a.mdx:1:1: the page has no frontmatter block']);
  assert.deepEqual(parsePage('---\ntitle: A\n---\n', 'a.mdx', 'a').problems.map(formatProblem), ['a.mdx:1:1: frontmatter has no `covers:` list']);
});

test('every kind of handbook problem, located in the file that has to change', () => {
  const seeds = parseSeedPoints(SEEDS, 'content/seed-points.yaml').ids;
  const withCode = page('content/docs/memory/rust.mdx', 'memory/rust', '---\ntitle: Rust\ndescription: x\ncovers: []\n---\n\n```rust\nfn main() {}\n```\n\n## Try it\n');
  const problems = handbookProblems(seeds, [START, TOPIC, withCode], sidebarEntries(SIDEBAR, SIDEBAR_SOURCE));
  assert.deepEqual(problems.map(formatProblem), [
    'content/docs/memory/go.mdx:6:5: covers unknown seed ID S9-99',
    'content/docs/memory/rust.mdx:7:1: a rust code block is typed into the page; show code from the pattern library instead',
    'content/docs/memory/rust.mdx:11:1: a topic page ends with "What to check" then "Try it" (found "Try it")',
    'content/docs/memory/rust.mdx:1:1: page memory/rust is not in the sidebar (src/site/sidebar.ts)',
    'src/site/sidebar.ts:3:29: the sidebar lists memory/go twice',
    'src/site/sidebar.ts:3:42: the sidebar names gone, but content/docs has no such page',
    'content/seed-points.yaml:4:3: seed ID S1-01 is covered by no page',
  ]);
});

test('a consistent handbook has no problems', () => {
  const seeds = parseSeedPoints('points:\n  S0-01: a\n  S0-02: b\n', 'content/seed-points.yaml').ids;
  const index = page('content/docs/index.mdx', 'index', '---\ntitle: Home\ndescription: Home.\ncovers: []\n---\n');
  const source = "['start-here', 'memory/go']";
  assert.deepEqual(handbookProblems(seeds, [index, START, TOPIC].map((p) => ({ ...p, covers: p.covers.filter((c) => c.id !== 'S9-99') })), sidebarEntries([{ items: ['start-here', 'memory/go'] }], source)), []);
});

test('the handbook covers every seed point, and its sidebar and pages agree', () => {
  const seedFile = 'content/seed-points.yaml';
  const seeds = parseSeedPoints(readFileSync(join(ROOT, seedFile), 'utf8'), seedFile);
  const problems = [...seeds.problems];
  const pages: HandbookPage[] = [];
  for (const entry of readdirSync(DOCS, { recursive: true, withFileTypes: true })) {
    // Same selection as the site's content loader: .md and .mdx files not starting with an underscore.
    if (!entry.isFile() || !/^[^_].*\.mdx?$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(ROOT, path);
    const slug = relative(DOCS, path).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1').replace(/\/$/, '') || 'index';
    const parsed = parsePage(readFileSync(path, 'utf8'), file, slug);
    problems.push(...parsed.problems);
    pages.push(parsed.page);
  }
  const sidebarSource = readFileSync(join(ROOT, 'src/site/sidebar.ts'), 'utf8');
  problems.push(...handbookProblems(seeds.ids, pages, sidebarEntries(sidebarFor(loadRepository(ROOT)), sidebarSource)));
  assert.deepEqual(problems.map(formatProblem), []);
  assert.ok(seeds.ids.size >= 70, `content/seed-points.yaml lists only ${seeds.ids.size} seed points`);
});
