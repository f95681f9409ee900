// Shared by the diff tests: the fixture cases, contracts parsed into diff sides, the checklist sources.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseContract } from '../../../src/lib/contract/parse.ts';
import type { Side } from '../../../src/lib/diff/change.ts';
import type { TargetedChecklistSource } from '../../../src/lib/diff/checklist.ts';
import { loadCatalogue } from '../../../src/lib/rules/catalogue.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = 'test/fixtures/diff';
export const BASE = `${FIXTURES}/base.yaml`;
export const RULES_DIR = `${FIXTURES}/rules`;
export const NO_RULES_DIR = `${FIXTURES}/no-rules`;
/** The version the pinned JSON files carry instead of the tool's, so a release does not touch them. */
export const TEST_VERSION = '0.0.0-test';

/** Cases whose pinned checklist is the facts fallback (run with --rules on a folder without rules). */
export const FACTS_CHECKLIST_CASES: ReadonlySet<string> = new Set(['additions-without-minor-bump']);

export interface DiffCase {
  name: string;
  base: string;
  head: string;
  rules: string;
  expected: { text: string; md: string; json: string };
}

export function read(path: string): string {
  return readFileSync(`${REPO}${path}`, 'utf8');
}

export function cases(): DiffCase[] {
  return readdirSync(`${REPO}${FIXTURES}/cases`).sort().map((name): DiffCase => {
    const dir = `${FIXTURES}/cases/${name}`;
    return {
      name,
      base: existsSync(`${REPO}${dir}/base.yaml`) ? `${dir}/base.yaml` : BASE,
      head: `${dir}/head.yaml`,
      rules: FACTS_CHECKLIST_CASES.has(name) ? NO_RULES_DIR : RULES_DIR,
      expected: { text: read(`${dir}/expected.txt`), md: read(`${dir}/expected.md`), json: read(`${dir}/expected.json`) },
    };
  });
}

export function side(file: string, text = read(file)): Side {
  const parsed = parseContract(text, file);
  if (parsed.model === undefined || parsed.locate === undefined) throw new Error(`${file} does not parse: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  return { file, model: parsed.model, locate: parsed.locate };
}

export function factSummaries(): Record<string, string> {
  const doc = parse(read('playbooks/facts.yaml')) as { facts: Record<string, { summary: string }> };
  return Object.fromEntries(Object.entries(doc.facts).map(([id, f]) => [id, f.summary]));
}

export function checklistSource(dir: string): TargetedChecklistSource {
  const summaries = factSummaries();
  const names = readdirSync(`${REPO}${dir}`).filter((n) => n.endsWith('.yaml')).sort();
  if (names.length === 0) return { kind: 'facts', summaries };
  const catalogue = loadCatalogue(names.map((n) => ({ path: `${dir}/${n}`, text: read(`${dir}/${n}`) })), { knownFacts: new Set(Object.keys(summaries)) });
  if (catalogue.diagnostics.length > 0) throw new Error(`fixture rules are invalid: ${catalogue.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('; ')}`);
  return { kind: 'rules', rules: catalogue.rules };
}

/** A small contract around the given YAML blocks (indented as they appear under their section). */
export function contract(parts: { abi?: string; types?: string; functions: string; errors?: string }): string {
  return [
    'interlock: 1',
    'library:',
    '  name: demo',
    `  abi: "${parts.abi ?? '1.0'}"`,
    '  go_package: example.com/demo',
    ...(parts.types === undefined ? [] : ['types:', parts.types]),
    'functions:',
    parts.functions,
    ...(parts.errors === undefined ? [] : ['errors:', parts.errors]),
    '',
  ].join('\n');
}
