// Helpers for tests that read the built site in dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every built HTML file, as paths relative to dist/ (sorted, so failures list in a stable order). */
export function builtHtmlFiles(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` first.');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.html') ? [relative(DIST, path)] : [];
    });
  return walk(DIST).sort();
}

/** The file a site URL path resolves to, as a static host would serve it, or undefined. */
export function resolveSitePath(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  // Static hosts serve /x/ from x/index.html, and Astro's /404/ page is written as 404.html.
  const candidates = clean.endsWith('/')
    ? [join(clean, 'index.html'), `${clean.slice(0, -1)}.html`]
    : [clean, join(clean, 'index.html')];
  for (const candidate of candidates) {
    const full = join(DIST, candidate);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}
