// Reads a pattern project's files (and the shared Rust detectors) from playbooks/patterns/ for the bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleFile } from '../../lib/export/bundle.ts';

/** Files a pattern project is made of; build output (target/), hidden files and anything else stay out. */
const INCLUDED = /(\.(rs|go|h|c|toml|lock|mod|sum|yaml|md|txt))$/;
const SKIPPED_DIRS = new Set(['target']);

/** Every project file under dir, as paths relative to it with forward slashes, sorted. */
function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...walk(join(dir, entry.name), rel));
    } else if (entry.isFile() && INCLUDED.test(entry.name)) {
      out.push(rel);
    }
  }
  return out.sort();
}

/** A pattern's folder, every file relative to it. The folder must exist: the caller names only known patterns. */
export function readPatternFolder(dir: string): BundleFile[] {
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  return walk(dir).map((path) => ({ path, data: new Uint8Array(readFileSync(join(dir, path))) }));
}

/** playbooks/patterns/_shared: the Rust detectors that patterns include with #[path = "../../../_shared/rust/..."]. */
export function readSharedFolder(repo: string): BundleFile[] {
  return readPatternFolder(join(repo, 'playbooks', 'patterns', '_shared'));
}
