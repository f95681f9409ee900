// Build-time view of the audit rules for the rule pages: the validated catalogue, fault classes, seed point
// texts, and which pattern and lint pages exist, so a page links only to pages the build really produces.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { RULE_IDS } from '../../lib/contract/rules/index.ts';
import { formatDiagnostic } from '../../lib/diagnostics/format-text.ts';
import { loadPlaybook } from '../../lib/engine/load-playbook.ts';
import type { Playbook } from '../../lib/engine/playbook.ts';
import { parseSeedPoints } from '../../lib/handbook/seed-points.ts';
import { playbookSources, seedPointsFile } from '../../node/playbook-files.ts';
import { interlockRoot } from '../../node/interlock-root.ts';

// Found by walking up to playbooks/facts.yaml, so it holds from the sources and from Vite's build chunks alike,
// and a clone in a folder whose name has a space still works (a URL's .pathname would keep %20).
const REPO = interlockRoot();

/** The route files that generate /patterns/<id>/ and /lint/<id>/ pages. */
const hasRoute = (section: 'patterns' | 'lint'): boolean => existsSync(join(REPO, 'src/pages', section, '[id].astro'));

let cache: Playbook | undefined;

/** The playbook; an invalid rule, questionnaire or fault class file fails the build with its diagnostics. */
export function playbook(): Playbook {
  if (cache !== undefined) return cache;
  const loaded = loadPlaybook({ ...playbookSources(REPO), lintRules: new Set(RULE_IDS) });
  if (loaded.playbook === undefined) {
    throw new Error(`The audit playbook has invalid files:\n${loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
  cache = loaded.playbook;
  return cache;
}

/** /patterns/<id>/ is built when the pattern route exists and the pattern folder has its pattern.yaml. */
export function patternPage(id: string): string | undefined {
  return hasRoute('patterns') && existsSync(join(REPO, 'playbooks/patterns', id, 'pattern.yaml')) ? `/patterns/${id}/` : undefined;
}

/** /lint/<id>/ is built for every lint rule in src/lib/contract/rules/ when the lint route exists. */
export function lintPage(id: string): string | undefined {
  return hasRoute('lint') && RULE_IDS.includes(id) ? `/lint/${id}/` : undefined;
}

let seeds: Map<string, string> | undefined;

/** Seed point ID -> its one-line summary, from content/seed-points.yaml (empty when the file is absent). */
export function seedPoints(): Map<string, string> {
  if (seeds !== undefined) return seeds;
  seeds = new Map();
  const file = seedPointsFile(REPO);
  if (file === undefined) return seeds;
  const read = parseSeedPoints(file.text, file.path);
  if (read.points === undefined) throw new Error(read.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  return (seeds = read.points);
}

interface HandbookPage {
  href: string;
  title: string;
  covers: string[];
}

let pages: HandbookPage[] | undefined;

/** Handbook pages with the seed points they cover (frontmatter `covers:`), sorted by address. */
function handbookPages(): HandbookPage[] {
  if (pages !== undefined) return pages;
  const root = join(REPO, 'content/docs');
  const found: HandbookPage[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (/^[^_].*\.mdx?$/.test(entry.name)) {
        const text = readFileSync(join(dir, entry.name), 'utf8');
        const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
        if (front === undefined) continue;
        const data = parseDocument(front, { version: '1.2' }).toJS() as { title?: unknown; covers?: unknown } | null;
        const covers = Array.isArray(data?.covers) ? data.covers.filter((c): c is string => typeof c === 'string') : [];
        const slug = `${prefix}${entry.name.replace(/\.mdx?$/, '')}`.replace(/(^|\/)index$/, '');
        if (typeof data?.title === 'string' && covers.length > 0) found.push({ href: slug === '' ? '/' : `/${slug}/`, title: data.title, covers });
      }
    }
  };
  if (existsSync(root)) walk(root, '');
  pages = found.sort((a, b) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0));
  return pages;
}

/** The handbook pages that explain at least one of the seed points a rule covers. */
export function pagesFor(covers: readonly string[]): HandbookPage[] {
  return handbookPages().filter((p) => p.covers.some((c) => covers.includes(c)));
}

export const SEVERITY_BADGES: Readonly<Record<string, 'danger' | 'caution' | 'note' | 'default'>> = {
  critical: 'danger',
  high: 'caution',
  medium: 'note',
  low: 'default',
};
