// Every diagram the site shows: each gallery contract's ownership map and lifecycles, in both themes.
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
  const contracts = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((file) => ({
    name: file.slice(0, -'.yaml'.length),
    // Same file name as the gallery page reads, so the model and its Mermaid text are identical.
    file: `content/contracts/${file}`,
    source: readFileSync(join(dir, file), 'utf8'),
  }));
  return contractDiagramJobs(contracts);
}

/** The jobs for any list of contracts (a team's own, for instance), named as the gallery names them. */
export function contractDiagramJobs(contracts: ReadonlyArray<{ name: string; file: string; source: string }>): DiagramJob[] {
  const jobs: DiagramJob[] = [];
  for (const { name, file, source } of contracts) {
    const { model } = checkContract(source, file);
    // A contract that does not parse must stop the cache check too, not only the page build.
    if (model === undefined) throw new Error(`${file} is not a valid contract: run npx interlock check on it`);
    for (const diagram of contractDiagrams(model)) {
      for (const theme of THEMES) {
        jobs.push({ diagram, theme, label: `${name} ${diagram.kind}${diagram.type === undefined ? '' : ` ${diagram.type}`} (${theme})` });
      }
    }
  }
  return jobs;
}
