// Where the installed mermaid lives and which version it is: both feed the cache key and the renderer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface MermaidPackage {
  version: string;
  /** The official browser bundle, injected into the rendering page as a script. */
  script: string;
}

let found: MermaidPackage | undefined;

export function mermaidPackage(): MermaidPackage {
  if (found !== undefined) return found;
  // Resolved like an import, so it works from the source tree and from Astro's bundled build alike.
  const manifest = createRequire(import.meta.url).resolve('mermaid/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${manifest} has no version`);
  found = { version, script: join(dirname(manifest), 'dist', 'mermaid.min.js') };
  return found;
}
