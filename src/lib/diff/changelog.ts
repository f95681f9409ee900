// A changelog entry draft in Markdown: what changed at the boundary and what it means for memory safety,
// in plain words, so the release notes never say only "updated the FFI". Contract values reach it only
// through the Markdown encoder: the draft is pasted into release notes that are rendered.
import type { DiffReport } from './diff.ts';
import { mdRich, mdText } from '../output/markdown.ts';

const SECTIONS = [
  { severity: 'breaking-abi', title: 'Breaking changes (rebuild every Go wrapper; the start-up version check refuses an old one)' },
  { severity: 'memory-safety', title: 'Memory-safety changes (what Go code must now do differently)' },
  { severity: 'compatible', title: 'Compatible changes' },
] as const;

export function changelogEntry(report: DiffReport): string {
  const out = [`## ${mdText(report.head.library)} ABI ${mdText(report.abi.expected)}`, ''];
  // Documentation and lint acknowledgements are for reviewers; a changelog is for the people who upgrade.
  const relevant = report.changes.filter((c) => c.category !== 'review');
  if (relevant.length === 0) {
    out.push(report.changes.length === 0 ? 'No change to the boundary contract.' : 'Documentation and review notes only: the boundary and its memory contract did not change.');
    return `${out.join('\n')}\n`;
  }
  for (const section of SECTIONS) {
    const items = relevant.filter((c) => c.severity === section.severity);
    if (items.length === 0) continue;
    out.push(`### ${section.title}`, '');
    for (const c of items) out.push(`- ${mdRich(c.summary)} ${mdRich(c.implication)}`);
    out.push('');
  }
  if (!relevant.some((c) => c.severity === 'memory-safety')) {
    out.push('No existing value changed its owner, lifetime or thread rules.', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
