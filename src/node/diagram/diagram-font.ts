// The one font diagrams are measured and shown in: IBM Plex Sans 400 from its npm package (OFL-1.1).
// The renderer loads these faces into its page and sees no system font, and the site serves the same
// faces to readers, so the layout a reader sees is the layout that was measured, on any machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The CSS family name; the SVG's own style names it first. */
export const DIAGRAM_FONT_FAMILY = 'IBM Plex Sans';

interface FontFaceFile {
  /** The woff2 file on disk, for the page's @font-face. */
  path: string;
  /** The same face as woff, which fontconfig and FreeType read, for the renderer's only system font. */
  woff: string;
  /** The CSS unicode-range the package declares for this subset. */
  unicodeRange: string;
}

interface DiagramFont {
  family: string;
  /** The package's version: part of every diagram's cache key, since new metrics mean a new layout. */
  version: string;
  faces: FontFaceFile[];
}

let found: DiagramFont | undefined;

/** Reads the package's own stylesheet for its subsets, so a new package version needs no change here. */
export function diagramFont(): DiagramFont {
  if (found !== undefined) return found;
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@fontsource/ibm-plex-sans/package.json');
  const root = dirname(manifest);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${manifest} has no version`);
  const css = readFileSync(join(root, '400.css'), 'utf8');
  const faces: FontFaceFile[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1]!;
    const file = /url\(\.\/(files\/[\w.-]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (/font-style:\s*normal/.test(body) && file !== undefined && range !== undefined) {
      faces.push({ path: join(root, file), woff: join(root, file.replace(/\.woff2$/, '.woff')), unicodeRange: range.trim() });
    }
  }
  if (faces.length === 0) throw new Error(`${join(root, '400.css')} declares no woff2 faces`);
  found = { family: DIAGRAM_FONT_FAMILY, version, faces };
  return found;
}
