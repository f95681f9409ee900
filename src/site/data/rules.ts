// Build-time view of the audit rules for the rule pages: the validated catalogue, fault classes and seed point
// texts from the repository the site integration loaded, the handbook pages from the content collection, and
// which pattern and lint pages exist, so a page links only to pages the build really produces.
import { getCollection } from 'astro:content';
import { repository } from 'virtual:interlock/repository';
import { RULE_IDS } from '../../lib/contract/rules/index.ts';
import type { Playbook } from '../../lib/engine/playbook.ts';

/** The playbook, validated when the build started (an invalid file stops it there). */
export function playbook(): Playbook {
  return repository.playbook;
}

/** Seed point ID -> its one-line summary, from content/seed-points.yaml. */
export function seedPoints(): ReadonlyMap<string, string> {
  return repository.seedPoints;
}

/** /patterns/<id>/ for a pattern of the library: src/pages/patterns/[id].astro builds one for each. */
export function patternPage(id: string): string | undefined {
  return repository.patterns.has(id) ? `/patterns/${id}/` : undefined;
}

/** /lint/<id>/ for every lint rule in src/lib/contract/rules/: src/pages/lint/[id].astro builds one for each. */
export function lintPage(id: string): string | undefined {
  return RULE_IDS.includes(id) ? `/lint/${id}/` : undefined;
}

interface HandbookPage {
  href: string;
  title: string;
  covers: readonly string[];
}

/** The handbook pages that explain at least one of the seed points a rule covers, by address. */
export async function pagesFor(covers: readonly string[]): Promise<HandbookPage[]> {
  const docs = await getCollection('docs');
  return docs
    .filter((entry) => (entry.data.covers ?? []).some((c) => covers.includes(c)))
    .map((entry) => {
      const slug = entry.id.replace(/(^|\/)index$/, '');
      return { href: slug === '' ? '/' : `/${slug}/`, title: entry.data.title, covers: entry.data.covers ?? [] };
    })
    .sort((a, b) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0));
}

export const SEVERITY_BADGES: Readonly<Record<string, 'danger' | 'caution' | 'note' | 'default'>> = {
  critical: 'danger',
  high: 'caution',
  medium: 'note',
  low: 'default',
};
