// Shrinks a rendered SVG with svgo, limited to plugins that cannot break the CSS Mermaid embeds: the
// <style> keeps every id and class it names, and nothing is restyled or regrouped.
import { optimize } from 'svgo';

export function optimiseSvg(svg: string): string {
  return optimize(svg, {
    multipass: true,
    floatPrecision: 2,
    plugins: [
      'removeComments',
      'cleanupAttrs',
      // The page already dropped the rules that match nothing, so usage analysis has nothing left to do.
      { name: 'minifyStyles', params: { usage: false } },
      'cleanupNumericValues',
      'convertPathData',
      'convertTransform',
      'removeEmptyAttrs',
      'removeEmptyText',
      'removeEmptyContainers',
    ],
  }).data;
}
