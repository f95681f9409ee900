// Every diagram the site shows: each sample contract's ownership map and lifecycles, in both themes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContract } from '../../lib/contract/check.ts';
import { contractDiagrams } from '../../lib/diagram/contract-diagrams.ts';
import type { DiagramJob } from './ensure.ts';
import { THEMES } from './render-config.ts';

export const CONTRACTS_DIR = fileURLToPath(new URL('../../../content/contracts/', import.meta.url));

/** Jobs in a stable order: contract name, then diagram (ownership first), then theme. */
export function siteDiagramJobs(dir = CONTRACTS_DIR): DiagramJob[] {
  const jobs: DiagramJob[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const name = file.slice(0, -'.yaml'.length);
    // Same file name as the gallery page reads, so the model and its Mermaid text are identical.
    const { model } = checkContract(readFileSync(join(dir, file)), `content/contracts/${file}`);
    // A sample that does not parse must stop the cache check too, not only the page build.
    if (model === undefined) throw new Error(`content/contracts/${file} is not a valid contract: run npx interlock check on it`);
    for (const diagram of contractDiagrams(model)) {
      for (const theme of THEMES) {
        jobs.push({ diagram, theme, label: `${name} ${diagram.kind}${diagram.type === undefined ? '' : ` ${diagram.type}`} (${theme})` });
      }
    }
  }
  return jobs;
}
