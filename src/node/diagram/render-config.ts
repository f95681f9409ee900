// How diagrams are drawn: the Mermaid configuration for each site theme. All of it is part of the cache
// key, so changing a colour or an option re-renders exactly the diagrams it affects.

import { DIAGRAM_FONT_FAMILY } from './diagram-font.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Bump when the post-processing in render-page.ts or the SVG optimisation changes what an SVG looks like;
 * configuration changes below need no bump, since the configuration itself is hashed.
 */
export const RENDERER_VERSION = 2;

/** The shipped diagram font (diagram-font.ts); the renderer sees no other, so the fallback never measures. */
const FONT = `"${DIAGRAM_FONT_FAMILY}", sans-serif`;

/**
 * Colours for the light and the dark site theme. Every text colour is at least 7:1 against the fill
 * behind it, so the SVG passes WCAG AA on any background the page gives it.
 */
export const PALETTES = {
  light: {
    page: '#ffffff', text: '#0f172a', line: '#334155', box: '#eef2f7', boxBorder: '#475569',
    note: '#fef9c3', noteBorder: '#a16207',
    go: '#ecfeff', goBorder: '#0e7490', abi: '#f8fafc', abiBorder: '#64748b', rust: '#fff7ed', rustBorder: '#c2410c',
  },
  dark: {
    page: '#17181c', text: '#f1f5f9', line: '#cbd5e1', box: '#1e293b', boxBorder: '#94a3b8',
    note: '#422006', noteBorder: '#ca8a04',
    go: '#082f38', goBorder: '#22d3ee', abi: '#1a1d23', abiBorder: '#64748b', rust: '#3b1d0b', rustBorder: '#fb923c',
  },
} as const;

/** Keys a diagram's own text may never change, even if a directive slipped past the label encoder. */
const LOCKED = [
  'secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'suppressErrorRendering',
  'theme', 'themeVariables', 'themeCSS', 'darkMode', 'fontFamily', 'fontSize', 'htmlLabels', 'look', 'layout', 'elk',
  'flowchart', 'sequence', 'deterministicIds', 'deterministicIDSeed', 'dompurifyConfig', 'wrap', 'markdownAutoWrap',
  'arrowMarkerAbsolute', 'legacyMathML', 'forceLegacyMathML',
];

type MermaidConfig = Record<string, unknown>;

export function mermaidConfig(theme: Theme): MermaidConfig {
  const p = PALETTES[theme];
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    secure: LOCKED,
    suppressErrorRendering: true,
    // A contract of a few hundred functions stays well inside these; the defaults (50 000 characters,
    // 500 edges) would turn a large but valid contract into an error picture.
    maxTextSize: 1_000_000,
    maxEdges: 10_000,
    deterministicIds: true,
    // SVG text instead of HTML in foreignObject: no HTML in the output and a third of the size.
    htmlLabels: false,
    look: 'classic',
    layout: 'elk',
    // Declaration order keeps the functions of the C ABI column close to the contract's own order, which
    // keeps each edge next to the box it starts from.
    elk: { preset: 'modelOrder' },
    fontFamily: FONT,
    theme: 'base',
    darkMode: theme === 'dark',
    themeVariables: {
      fontFamily: FONT,
      background: p.page,
      primaryColor: p.box,
      primaryBorderColor: p.boxBorder,
      primaryTextColor: p.text,
      secondaryColor: p.box,
      tertiaryColor: p.box,
      lineColor: p.line,
      textColor: p.text,
      titleColor: p.text,
      nodeTextColor: p.text,
      clusterBkg: p.abi,
      clusterBorder: p.abiBorder,
      edgeLabelBackground: p.page,
      actorBkg: p.box,
      actorBorder: p.boxBorder,
      actorTextColor: p.text,
      actorLineColor: p.boxBorder,
      signalColor: p.line,
      signalTextColor: p.text,
      noteBkgColor: p.note,
      noteBorderColor: p.noteBorder,
      noteTextColor: p.text,
      labelBoxBkgColor: p.box,
      labelBoxBorderColor: p.boxBorder,
      labelTextColor: p.text,
      loopTextColor: p.text,
    },
    // Mermaid puts this before its own rules, so each selector is more specific than the rule it overrides. Region tints use classes render-page.ts puts on the three clusters; edge labels get an
    // opaque background so an arrow under a label never runs through its text.
    themeCSS: [
      `.cluster.region-go>rect{fill:${p.go};stroke:${p.goBorder}}`,
      `.cluster.region-abi>rect{fill:${p.abi};stroke:${p.abiBorder}}`,
      `.cluster.region-rust>rect{fill:${p.rust};stroke:${p.rustBorder}}`,
      `.edgeLabel rect.background{opacity:1;fill:${p.page}}`,
      // A message that passes over a middle participant would have its lifeline run through the text;
      // a halo in the page colour, painted under the glyphs, keeps the text clear.
      `text.messageText{paint-order:stroke;stroke:${p.page};stroke-width:6px;stroke-linejoin:round}`,
    ].join(''),
    flowchart: { wrappingWidth: 600, useMaxWidth: false },
    // Sequence diagrams name their own fonts ("Open Sans" by default): every text is measured in the one font.
    sequence: { mirrorActors: false, useMaxWidth: false, actorFontFamily: FONT, messageFontFamily: FONT, noteFontFamily: FONT },
  };
}
