// Ownership map sizes: for each sample contract and a generated 60-function one, the maps the site shows, each
// map's width x height, and the size its 16 px text is drawn at in the 720 px content column. Prints; asserts
// nothing. Legible here means text of at least 12 px: ContractDiagram shrinks a map to 75% at most (16 x 0.75),
// then scrolls, so a map fits the column at a legible size when it is at most 960 px wide.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContract } from '../../src/lib/contract/check.ts';
import type { ContractModel } from '../../src/lib/contract/model.ts';
import { ownershipDiagram, ownershipMaps } from '../../src/lib/diagram/ownership.ts';
import { BrowserNotFoundError } from '../../src/node/browser/find-chromium.ts';
import { ensureDiagrams, type DiagramJob } from '../../src/node/diagram/ensure.ts';
import { CONTRACTS_DIR } from '../../src/node/diagram/site-diagrams.ts';
import { generateContract } from './contract-bench.ts';

const COLUMN = 720; // Starlight's --sl-content-width (45rem) beside a table of contents
const FONT = 16; // the diagrams' font-size
const COMMITTED = fileURLToPath(new URL('../../content/diagrams/', import.meta.url));

/** Width and height from the root <svg>'s viewBox. */
function size(svg: string): { width: number; height: number } {
  const box = /<svg\b[^>]*\sviewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  return { width: Math.round(Number(box?.[1] ?? 0)), height: Math.round(Number(box?.[2] ?? 0)) };
}

const contracts: Array<{ name: string; model: ContractModel }> = [];
for (const file of readdirSync(CONTRACTS_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
  const model = checkContract(readFileSync(join(CONTRACTS_DIR, file)), file).model;
  if (model !== undefined) contracts.push({ name: file.slice(0, -'.yaml'.length), model });
}
contracts.push({ name: 'generated-60', model: checkContract(generateContract(60), 'generated.yaml').model! });

const jobs: DiagramJob[] = [];
for (const { name, model } of contracts) {
  // The whole map too, for the before/after comparison: what one map of the contract measures.
  for (const diagram of [ownershipDiagram(model), ...ownershipMaps(model)]) jobs.push({ diagram, theme: 'light', label: `${name} ${diagram.part ?? 'whole'}` });
}
const scratch = mkdtempSync(join(tmpdir(), 'interlock-diagram-size-'));
try {
  const results = await ensureDiagrams(jobs, { cache: { lookIn: [COMMITTED, scratch], storeIn: scratch } });
  let index = 0;
  console.log(`   content column ${COLUMN} px; text is ${FONT} px in every map; legible: >= 12 px (a map at most 960 px wide)`);
  for (const { name, model } of contracts) {
    const whole = size(results[index]!.svg);
    index += 1;
    const parts = ownershipMaps(model).map((d) => ({ part: d.part ?? 'whole', ...size(results[index++]!.svg) }));
    const widest = Math.max(...parts.map((p) => p.width));
    const text = (FONT * Math.min(1, COLUMN / widest)).toFixed(1);
    console.log(`\n   ${name}: ${model.functions.length} functions; one map ${whole.width} x ${whole.height} px; the site shows ${parts.length} map(s), widest ${widest} px, text at column width ${text} px${widest <= 960 ? '' : ' (scrolls)'}`);
    for (const p of parts) console.log(`      ${p.part.padEnd(22)} ${String(p.width).padStart(5)} x ${String(p.height).padEnd(5)} px`);
  }
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.log('   n/a: no browser on this machine');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
