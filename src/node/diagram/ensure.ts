// Makes sure each wanted diagram is in the cache: cached ones are read, missing ones rendered in one browser.
import type { Diagram } from '../../lib/diagram/diagram.ts';
import { diagramKey } from './cache-key.ts';
import { cachedSvg, storeSvg, type DiagramCache } from './cache-store.ts';
import type { Theme } from './render-config.ts';
import type { Renderer } from './renderer.ts';

export interface DiagramJob {
  diagram: Diagram;
  theme: Theme;
  /** For progress lines, like "imgcodec ownership (light)". */
  label: string;
}

export interface DiagramResult {
  job: DiagramJob;
  key: string;
  svg: string;
  /** True when the SVG came from the cache. */
  cached: boolean;
  /** Time to read or render it, in milliseconds (a render includes starting the browser, if it was first). */
  ms: number;
}

export interface EnsureOptions {
  cache: DiagramCache;
  /** Called after each job, in order. */
  onResult?(result: DiagramResult, index: number, total: number): void;
  /** Opens the browser; tests and benches can substitute their own. */
  open?(): Promise<Renderer>;
}

export async function ensureDiagrams(jobs: readonly DiagramJob[], options: EnsureOptions): Promise<DiagramResult[]> {
  let renderer: Renderer | undefined;
  const results: DiagramResult[] = [];
  try {
    for (const [index, job] of jobs.entries()) {
      const started = performance.now();
      const key = diagramKey(job.diagram, job.theme);
      let svg = cachedSvg(options.cache, key);
      const cached = svg !== undefined;
      if (svg === undefined) {
        renderer ??= await (options.open ?? (async () => (await import('./renderer.ts')).openRenderer()))();
        svg = await renderer.render(job.diagram, job.theme, key);
        storeSvg(options.cache, key, svg);
      }
      const result: DiagramResult = { job, key, svg, cached, ms: performance.now() - started };
      results.push(result);
      options.onResult?.(result, index, jobs.length);
    }
  } finally {
    await renderer?.close();
  }
  return results;
}
