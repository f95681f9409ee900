// The content address of a rendered diagram: what went in decides the file name, so a cached SVG is
// never stale and an unchanged diagram is never rendered twice.
import { createHash } from 'node:crypto';
import type { Diagram } from '../../lib/diagram/diagram.ts';
import { diagramFont } from './diagram-font.ts';
import { mermaidPackage } from './mermaid-package.ts';
import { mermaidConfig, RENDERER_VERSION, type Theme } from './render-config.ts';

/**
 * sha256 over the mermaid version, the diagram font's version, the theme with its full configuration, the renderer version, and the
 * diagram: its Mermaid text plus the title and description written into the SVG's <title> and <desc>.
 */
export function diagramKey(diagram: Diagram, theme: Theme, mermaidVersion = mermaidPackage().version, fontVersion = diagramFont().version): string {
  const input = JSON.stringify([
    'interlock-diagram',
    mermaidVersion,
    fontVersion,
    theme,
    mermaidConfig(theme),
    RENDERER_VERSION,
    diagram.title,
    diagram.description,
    diagram.mermaid,
  ]);
  return createHash('sha256').update(input).digest('hex');
}

/** The SVG's id: Mermaid scopes its CSS under it, so two diagrams on one page never share a rule. */
export function svgIdFor(key: string): string {
  return `d${key.slice(0, 16)}`;
}

export const KEY_FILE = /^[0-9a-f]{64}\.svg$/;
