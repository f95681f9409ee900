// Where each probe fires in the pattern library and how many test cases pin it: read from the files the
// dogfood and probe tests use, so a page can only state what the tests prove.
import { parse } from 'yaml';
import { CASES } from '../../lib/code/probes/cases.ts';

const files = import.meta.glob<string>('/playbooks/probe-findings.yaml', { query: '?raw', import: 'default', eager: true });
// Only patterns that exist get a row: the expectations may name one that is still being added.
const patternFiles = import.meta.glob<string>('/playbooks/patterns/*/pattern.yaml', { query: '?raw', import: 'default', eager: true });
const existing = new Set(Object.keys(patternFiles).map((path) => path.split('/')[3]!));

export interface PatternHit {
  pattern: string;
  variant: string;
  subject: string;
}

/** The pattern variants whose code the probe flags (good variants included, as the expectations file lists them). */
export function patternHits(probeId: string): PatternHit[] {
  const text = files['/playbooks/probe-findings.yaml'];
  if (text === undefined) throw new Error('missing playbooks/probe-findings.yaml');
  const data = parse(text) as Record<string, Record<string, string[]>>;
  const hits: PatternHit[] = [];
  for (const [pattern, variants] of Object.entries(data)) {
    if (!existing.has(pattern)) continue;
    for (const [variant, entries] of Object.entries(variants)) {
      for (const entry of entries) {
        const [code, ...subject] = entry.split(' ');
        if (code === probeId) hits.push({ pattern, variant, subject: subject.join(' ') });
      }
    }
  }
  return hits;
}

export function caseCounts(probeId: string): { valid: number; invalid: number } {
  const cases = CASES[probeId] ?? [];
  return { valid: cases.filter((c) => c.expect.length === 0).length, invalid: cases.filter((c) => c.expect.length > 0).length };
}
