// Build-time view of the pattern library for the site: every pattern of the repository the site integration
// loaded (validated there), with its files and transcripts.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { repository } from 'virtual:interlock/repository';
import type { BrokenVariant, Pattern } from '../../lib/patterns/schema.ts';

interface PatternSourceFile {
  path: string;
  code: string;
  lang: string;
  /** Expressive Code line markers for the ranges that matter. */
  mark: Array<{ range: string }>;
}

interface BrokenVariantView extends BrokenVariant {
  sources: PatternSourceFile[];
  /** The detector's recorded output, or undefined when it has not been recorded yet. */
  transcript: string | undefined;
}

export interface PatternView {
  pattern: Pattern;
  dir: string;
  /** contract.yaml beside pattern.yaml: the boundary contract the pattern's code keeps. */
  contract: { file: string; text: string };
  sources: PatternSourceFile[];
  broken: BrokenVariantView[];
}

const LANGUAGES: Record<string, string> = { '.rs': 'rust', '.go': 'go', '.h': 'c', '.c': 'c', '.toml': 'toml', '.yaml': 'yaml', '.mod': 'txt' };

let cache: PatternView[] | undefined;

/** All patterns, sorted by id, with the files their pages show. */
export function loadPatterns(): PatternView[] {
  if (cache) return cache;
  cache = [...repository.patterns.values()].map(({ dir, pattern }) => ({
    pattern,
    dir,
    contract: readContract(dir, pattern.id),
    sources: pattern.files.map((f) => readSource(dir, f.path, f.focus)),
    broken: pattern.broken.map((variant) => ({
      ...variant,
      sources: variant.files.map((path) => readSource(dir, path)),
      transcript: readOptional(join(dir, 'broken', `${variant.id}.out.txt`)),
    })),
  }));
  return cache;
}

let listed: Map<string, string[]> | undefined;

/** Pattern ID -> every file its pattern.yaml lists (its own and its broken variants'): the files a page may show. */
export function listedFiles(): ReadonlyMap<string, readonly string[]> {
  listed ??= new Map(loadPatterns().map((p) => [p.pattern.id, [...new Set([...p.pattern.files.map((f) => f.path), ...p.pattern.broken.flatMap((b) => b.files)])]]));
  return listed;
}

export function loadPattern(id: string): PatternView {
  const found = loadPatterns().find((p) => p.pattern.id === id);
  if (!found) throw new Error(`No pattern "${id}" in playbooks/patterns/. Known: ${loadPatterns().map((p) => p.pattern.id).join(', ')}`);
  return found;
}

export function readSource(dir: string, path: string, focus?: string): PatternSourceFile {
  const file = join(dir, path);
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  return {
    path,
    code: readFileSync(file, 'utf8').replace(/\n$/, ''),
    lang: LANGUAGES[extname(path)] ?? 'txt',
    mark: focus ? focus.split(',').map((range) => ({ range: range.trim() })) : [],
  };
}

function readContract(dir: string, id: string): { file: string; text: string } {
  const file = join(dir, 'contract.yaml');
  if (!existsSync(file)) throw new Error(`playbooks/patterns/${id}/contract.yaml does not exist: every pattern states its boundary contract in one`);
  return { file: `playbooks/patterns/${id}/contract.yaml`, text: readFileSync(file, 'utf8').replace(/\n$/, '') };
}

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').replace(/\n$/, '') : undefined;
}
