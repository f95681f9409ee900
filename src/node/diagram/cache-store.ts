// The SVG cache on disk: content-addressed files, looked up in order, written to one directory.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../write-atomically.ts';
import { KEY_FILE } from './cache-key.ts';

/** The committed cache the site builds from: a fresh clone needs no browser when every diagram is here. */
export const COMMITTED_CACHE = fileURLToPath(new URL('../../../content/diagrams/', import.meta.url));

/** Where the CLI keeps diagrams of contracts the committed cache does not hold. */
export function userCacheDir(env: Record<string, string | undefined> = process.env, home = homedir()): string {
  const base = env['XDG_CACHE_HOME'] || join(home, '.cache');
  return join(base, 'interlock', 'diagrams');
}

export interface DiagramCache {
  /** Directories searched in order. */
  readonly lookIn: readonly string[];
  /** Where new renders are stored. */
  readonly storeIn: string;
}

export function cachedSvg(cache: DiagramCache, key: string): string | undefined {
  for (const dir of cache.lookIn) {
    const file = join(dir, `${key}.svg`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

/** Stores an SVG under its key; throws with the reason when the file cannot be written. */
export function storeSvg(cache: DiagramCache, key: string, svg: string): string {
  mkdirSync(cache.storeIn, { recursive: true });
  const file = join(cache.storeIn, `${key}.svg`);
  const problem = writeFileAtomically(file, new TextEncoder().encode(svg));
  if (problem !== undefined) throw new Error(`cannot write ${file}: ${problem}`);
  return file;
}

/** Cache files whose key is not in `needed`. */
export function unreferencedFiles(dir: string, needed: ReadonlySet<string>): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => KEY_FILE.test(name) && !needed.has(name.slice(0, -'.svg'.length)))
    .sort();
}

export function removeFiles(dir: string, names: readonly string[]): void {
  for (const name of names) unlinkSync(join(dir, name));
}
