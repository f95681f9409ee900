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
  /** When given, a render that cannot be stored is reported here and still returned; otherwise it throws. */
  onStoreError?(error: Error, result: DiagramResult): void;
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
      let storeError: Error | undefined;
      if (svg === undefined) {
        renderer ??= await (options.open ?? (async () => (await import('./renderer.ts')).openRenderer()))();
        svg = await renderer.render(job.diagram, job.theme, key);
        try {
          storeSvg(options.cache, key, svg);
        } catch (error) {
          if (options.onStoreError === undefined || !(error instanceof Error)) throw error;
          storeError = error;
        }
      }
      const result: DiagramResult = { job, key, svg, cached, ms: performance.now() - started };
      if (storeError !== undefined) options.onStoreError?.(storeError, result);
      results.push(result);
      options.onResult?.(result, index, jobs.length);
    }
  } finally {
    await renderer?.close();
  }
  return results;
}
