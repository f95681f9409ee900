// Diagram figures: Mermaid text generation per sample contract and for a generated large one, SVG rendering
// cold (an empty cache, one browser) and cached, and SVG sizes. Prints figures; asserts nothing.
// Usage: npm exec -- node scripts/bench/diagram-bench.ts [runs=200]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContract } from '../../src/lib/contract/check.ts';
import type { ContractModel } from '../../src/lib/contract/model.ts';
import { contractDiagrams } from '../../src/lib/diagram/contract-diagrams.ts';
import { BrowserNotFoundError } from '../../src/node/browser/find-chromium.ts';
import { ensureDiagrams, type DiagramJob, type DiagramResult } from '../../src/node/diagram/ensure.ts';
import { THEMES } from '../../src/node/diagram/render-config.ts';
import { openRenderer } from '../../src/node/diagram/renderer.ts';
import { CONTRACTS_DIR, siteDiagramJobs } from '../../src/node/diagram/site-diagrams.ts';
import { generateContract } from './contract-bench.ts';
import { printTable, type Figure } from './print-figures.ts';

const runs = Number(process.argv[2] ?? 200);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const max = (xs: number[]): number => Math.max(0, ...xs);

function timeGeneration(model: ContractModel): number {
  contractDiagrams(model); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    contractDiagrams(model);
    times.push(performance.now() - started);
  }
  return median(times);
}

const samples = readdirSync(CONTRACTS_DIR).filter((f) => f.endsWith('.yaml')).sort();
const large = checkContract(generateContract(100), 'generated.yaml').model!;
const generation: Figure[] = [];
for (const file of samples) {
  const model = checkContract(readFileSync(join(CONTRACTS_DIR, file)), file).model;
  if (model === undefined) continue;
  const diagrams = contractDiagrams(model);
  generation.push({ name: `${file} (${diagrams.length} diagrams)`, value: timeGeneration(model), unit: 'ms', note: `median of ${runs}` });
}
generation.push({ name: `generated, ${large.functions.length} functions (${contractDiagrams(large).length} diagrams)`, value: timeGeneration(large), unit: 'ms', note: `median of ${runs}` });
printTable('Mermaid text generation (all diagrams of a contract)', generation);

// Rendering: every site diagram into an empty cache with one browser (cold), then the same again (cached).
const jobs: DiagramJob[] = siteDiagramJobs();
const largeJobs: DiagramJob[] = THEMES.map((theme) => ({ diagram: contractDiagrams(large)[0]!, theme, label: `generated ownership (${theme})` }));
const dir = mkdtempSync(join(tmpdir(), 'interlock-diagram-bench-'));
try {
  const cache = { lookIn: [dir], storeIn: dir };
  let browserStart = 0;
  const open = async () => {
    const started = performance.now();
    const renderer = await openRenderer();
    browserStart = performance.now() - started;
    return renderer;
  };
  let cold: DiagramResult[];
  try {
    cold = await ensureDiagrams([...jobs, ...largeJobs], { cache, open });
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.log('\nSVG rendering: n/a, no browser on this machine');
    process.exit(0);
  }
  const warm = await ensureDiagrams(jobs, { cache });
  const site = cold.slice(0, jobs.length);
  // The first render includes the browser start; report it on its own.
  const renderOnly = site.map((r, i) => (i === 0 ? r.ms - browserStart : r.ms));
  const per = (prefix: string, list: DiagramResult[], times: number[]): Figure[] => {
    const chosen = list.map((r, i) => ({ r, ms: times[i]! })).filter(({ r }) => r.job.label.startsWith(prefix));
    return [{ name: `${prefix} (${chosen.length} SVGs)`, value: chosen.reduce((sum, c) => sum + c.ms, 0), unit: 'ms' }];
  };
  const names = [...new Set(jobs.map((j) => j.label.split(' ')[0]!))];
  printTable('SVG rendering, cold (empty cache, one browser)', [
    { name: 'browser start + mermaid load', value: browserStart, unit: 'ms' },
    ...names.flatMap((n) => per(n, site, renderOnly)),
    { name: `all ${site.length} site SVGs`, value: renderOnly.reduce((a, b) => a + b, 0), unit: 'ms' },
    { name: 'median per SVG', value: median(renderOnly), unit: 'ms' },
    { name: `generated ${large.functions.length}-function ownership map`, value: median(cold.slice(jobs.length).map((r) => r.ms)), unit: 'ms', note: 'per theme' },
  ]);
  printTable('SVG rendering, cached (same diagrams again)', [
    ...names.flatMap((n) => per(n, warm, warm.map((r) => r.ms))),
    { name: `all ${warm.length} site SVGs`, value: warm.reduce((a, r) => a + r.ms, 0), unit: 'ms', note: `${warm.filter((r) => !r.cached).length} rendered` },
  ]);
  const kb = (r: DiagramResult): number => Buffer.byteLength(r.svg) / 1024;
  const ownership = site.filter((r) => r.job.diagram.kind === 'ownership').map(kb);
  const lifecycle = site.filter((r) => r.job.diagram.kind === 'lifecycle').map(kb);
  printTable('SVG size', [
    { name: 'ownership map, median', value: median(ownership), unit: 'KB', budget: 40 },
    { name: 'ownership map, max', value: max(ownership), unit: 'KB', budget: 40 },
    { name: 'lifecycle, median', value: median(lifecycle), unit: 'KB' },
    { name: 'lifecycle, max', value: max(lifecycle), unit: 'KB' },
    { name: `generated ${large.functions.length}-function ownership map`, value: max(cold.slice(jobs.length).map(kb)), unit: 'KB', note: 'for scale; over the 40 KB aimed at sample maps' },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
