// Pure checks behind the handbook coverage test: seed points against page frontmatter and the sidebar.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** One problem found in the handbook, located as precisely as the source allows. */
export interface HandbookProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A seed point: its one-line summary and where seed-points.yaml defines it. */
export interface SeedPoint {
  summary: string;
  line: number;
  column: number;
}

/** A sidebar entry and where src/site/sidebar.ts names it. */
export interface SidebarEntry {
  slug: string;
  line: number;
  column: number;
}

/** A handbook page as the checks see it: where it is, what its frontmatter says. */
export interface HandbookPage {
  file: string;
  slug: string;
  title: unknown;
  description: unknown;
  /** Each covered ID with the line and column where the page names it. */
  covers: Array<{ id: string; line: number; column: number }>;
  /** Level-two headings in source order, with their lines. */
  headings: Array<{ text: string; line: number }>;
  /** Languages of fenced code blocks, with the line of each fence. */
  fences: Array<{ lang: string; line: number }>;
}

const YAML_OPTIONS = { version: '1.2', schema: 'core', merge: false, maxAliasCount: 0, uniqueKeys: true } as const;

/** The seed IDs of content/seed-points.yaml, with their summaries. */
export function parseSeedPoints(text: string, file: string): { ids: Map<string, SeedPoint>; problems: HandbookProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines });
  const problems: HandbookProblem[] = doc.errors.map((e) => at(file, lines, e.pos[0], yamlMessage(e.message)));
  const ids = new Map<string, SeedPoint>();
  const points = doc.get('points', true);
  if (!isMap(points)) {
    problems.push({ file, line: 1, column: 1, message: 'expected a `points:` mapping of seed IDs to one-line summaries' });
    return { ids, problems };
  }
  for (const pair of points.items) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const id = String(key?.value ?? '');
    const offset = key?.range?.[0] ?? 0;
    if (!/^S[01]-\d{2}$/.test(id)) problems.push(at(file, lines, offset, `"${id}" is not a seed ID (S0-01 .. S1-99)`));
    const summary = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value.trim() : '';
    if (summary === '') problems.push(at(file, lines, offset, `${id} has no summary`));
    ids.set(id, { summary, ...pos(lines, offset) });
  }
  return { ids, problems };
}

/** Reads a page's frontmatter, headings and code fences; line numbers are those of the whole file. */
export function parsePage(text: string, file: string, slug: string): { page: HandbookPage; problems: HandbookProblem[] } {
  const page: HandbookPage = { file, slug, title: undefined, description: undefined, covers: [], headings: [], fences: [] };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return { page, problems: [{ file, line: 1, column: 1, message: 'the page has no frontmatter block' }] };
  const lines = new LineCounter();
  const doc = parseDocument(match[1]!, { ...YAML_OPTIONS, lineCounter: lines });
  // The frontmatter starts on line 2 of the file, after the opening `---`.
  const inFile = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line + 1, column: pos.col };
  };
  const problems: HandbookProblem[] = doc.errors.map((e) => ({ file, ...inFile(e.pos[0]), message: yamlMessage(e.message) }));
  page.title = doc.get('title');
  page.description = doc.get('description');
  const covers = doc.get('covers', true);
  if (isSeq(covers)) {
    for (const item of covers.items) {
      if (isScalar(item)) page.covers.push({ id: String(item.value), ...inFile(item.range?.[0] ?? 0) });
    }
  } else {
    problems.push({ file, line: 1, column: 1, message: 'frontmatter has no `covers:` list' });
  }
  const bodyStart = match[0].split('\n').length - 1;
  let fenced = false;
  text.slice(match[0].length).split('\n').forEach((line, index) => {
    const fence = /^\s*(```+|~~~+)\s*([\w+-]*)/.exec(line);
    if (fence) {
      if (!fenced) page.fences.push({ lang: fence[2]!.toLowerCase(), line: bodyStart + index + 1 });
      fenced = !fenced;
      return;
    }
    if (!fenced && line.startsWith('## ')) page.headings.push({ text: line.slice(3).trim(), line: bodyStart + index + 1 });
  });
  return { page, problems };
}

/**
 * Slugs named by the sidebar, in order, located in the sidebar's source text. Link entries point outside
 * the handbook and are skipped.
 */
export function sidebarEntries(groups: ReadonlyArray<{ items: ReadonlyArray<string | { link: string }> }>, source: string): SidebarEntry[] {
  const seen = new Map<string, number>();
  return groups.flatMap((group) =>
    group.items
      .filter((item): item is string => typeof item === 'string')
      .map((slug) => {
        // The nth mention of a slug in the source is its nth entry, so a duplicate points at itself.
        const nth = (seen.get(slug) ?? 0) + 1;
        seen.set(slug, nth);
        let offset = -1;
        for (let i = 0; i < nth; i++) offset = source.indexOf(`'${slug}'`, offset + 1);
        return { slug, ...(offset < 0 ? { line: 1, column: 1 } : positionIn(source, offset)) };
      }),
  );
}

/** Pages that exist for the site itself rather than as a step in the learning order. */
const OUTSIDE_SIDEBAR = new Set(['index', '404']);
/** Languages whose code must come from the pattern library, never typed into a page. */
const PATTERN_ONLY_LANGUAGES = new Set(['rust', 'rs', 'go', 'c', 'h', 'cpp']);
const CLOSING_SECTIONS = ['What to check', 'Try it'];
const SEED_FILE = 'content/seed-points.yaml';

/** Every problem with the handbook as a whole, in a stable order (by file, then line). */
export function handbookProblems(seedIds: ReadonlyMap<string, SeedPoint>, pages: readonly HandbookPage[], sidebar: readonly SidebarEntry[]): HandbookProblem[] {
  const SIDEBAR_FILE = 'src/site/sidebar.ts';
  const inSidebar = new Set(sidebar.map((entry) => entry.slug));
  const problems: HandbookProblem[] = [];
  const covered = new Set<string>();
  const slugs = new Set(pages.map((p) => p.slug));
  for (const page of pages) {
    if (typeof page.title !== 'string' || page.title.trim() === '') problems.push({ file: page.file, line: 1, column: 1, message: 'frontmatter has no title' });
    if (typeof page.description !== 'string' || page.description.trim() === '') {
      problems.push({ file: page.file, line: 1, column: 1, message: 'frontmatter has no description' });
    }
    for (const { id, line, column } of page.covers) {
      if (seedIds.has(id)) covered.add(id);
      else problems.push({ file: page.file, line, column, message: `covers unknown seed ID ${id}` });
    }
    for (const fence of page.fences) {
      if (PATTERN_ONLY_LANGUAGES.has(fence.lang)) {
        problems.push({ file: page.file, line: fence.line, column: 1, message: `a ${fence.lang} code block is typed into the page; show code from the pattern library instead` });
      }
    }
    // Topic pages (inside a section folder) close with what to verify and a hands-on step, in that order.
    const closing = page.headings.slice(-2);
    if (page.slug.includes('/') && closing.map((h) => h.text).join('|') !== CLOSING_SECTIONS.join('|')) {
      const found = closing.map((h) => `"${h.text}"`).join(', ') || 'no sections';
      problems.push({ file: page.file, line: closing[0]?.line ?? 1, column: 1, message: `a topic page ends with "What to check" then "Try it" (found ${found})` });
    }
    if (!OUTSIDE_SIDEBAR.has(page.slug) && !inSidebar.has(page.slug)) {
      problems.push({ file: page.file, line: 1, column: 1, message: `page ${page.slug} is not in the sidebar (src/site/sidebar.ts)` });
    }
  }
  const listed = new Set<string>();
  for (const { slug, line, column } of sidebar) {
    if (!slugs.has(slug)) problems.push({ file: SIDEBAR_FILE, line, column, message: `the sidebar names ${slug}, but content/docs has no such page` });
    if (listed.has(slug)) problems.push({ file: SIDEBAR_FILE, line, column, message: `the sidebar lists ${slug} twice` });
    listed.add(slug);
  }
  for (const [id, point] of seedIds) {
    if (!covered.has(id)) problems.push({ file: SEED_FILE, line: point.line, column: point.column, message: `seed ID ${id} is covered by no page` });
  }
  return problems;
}

/** One line per problem, the way editors and CI logs link to a location. */
export function formatProblem(problem: HandbookProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** The yaml library's first line, without the position it repeats (the problem carries its own). */
function yamlMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function at(file: string, lines: LineCounter, offset: number, message: string): HandbookProblem {
  return { file, ...pos(lines, offset), message };
}

function pos(lines: LineCounter, offset: number): { line: number; column: number } {
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

function positionIn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * The messages that a reference page does not quote, each as one line naming the page. A message counts
 * as quoted only when it appears on a single line of the source, exactly as the toolchain prints it, so
 * a search for it (on the site or with grep) finds the page.
 */
export function missingMessages(text: string, file: string, messages: readonly string[]): string[] {
  const lines = text.split('\n');
  return messages.filter((m) => !lines.some((line) => line.includes(m))).map((m) => `${file}: does not quote "${m}"`);
}

/** A `<PatternCode>` embed in a page: which pattern file it shows, which lines it marks, where it is. */
export interface PatternEmbed {
  file: string;
  line: number;
  column: number;
  pattern: string;
  path: string;
  /** The focus attribute as written, or undefined when the page relies on pattern.yaml's focus. */
  focus: string | undefined;
}

/** Every `<PatternCode ... />` tag in a page's source, with its position. */
export function patternEmbeds(text: string, file: string): PatternEmbed[] {
  const embeds: PatternEmbed[] = [];
  for (const match of text.matchAll(/<PatternCode\b([^>]*)\/>/g)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(match[1]!)?.[1];
    embeds.push({ file, ...positionIn(text, match.index), pattern: attribute('pattern') ?? '', path: attribute('file') ?? '', focus: attribute('focus') });
  }
  return embeds;
}

/**
 * Problems with embeds: a pattern file that does not exist, or a focus range that no longer fits the
 * file. A range must lie inside the file and start and end on a line with code, which catches most
 * ranges left behind when the pattern file was edited. `readPatternFile` returns undefined for a
 * missing file.
 */
export function embedProblems(embeds: readonly PatternEmbed[], readPatternFile: (pattern: string, path: string) => string | undefined): HandbookProblem[] {
  const problems: HandbookProblem[] = [];
  for (const embed of embeds) {
    const at = { file: embed.file, line: embed.line, column: embed.column };
    const source = readPatternFile(embed.pattern, embed.path);
    if (source === undefined) {
      problems.push({ ...at, message: `PatternCode shows playbooks/patterns/${embed.pattern}/${embed.path}, which does not exist` });
      continue;
    }
    const lines = source.replace(/\n$/, '').split('\n');
    for (const range of (embed.focus ?? '').split(',').map((r) => r.trim()).filter(Boolean)) {
      const bounds = /^(\d+)(?:-(\d+))?$/.exec(range);
      const first = Number(bounds?.[1]);
      const last = Number(bounds?.[2] ?? bounds?.[1]);
      if (!bounds || first < 1 || last < first || last > lines.length) {
        problems.push({ ...at, message: `focus "${range}" does not fit ${embed.pattern}/${embed.path} (${lines.length} lines)` });
      } else if (lines[first - 1]!.trim() === '' || lines[last - 1]!.trim() === '') {
        problems.push({ ...at, message: `focus "${range}" of ${embed.pattern}/${embed.path} starts or ends on a blank line` });
      }
    }
  }
  return problems;
}
