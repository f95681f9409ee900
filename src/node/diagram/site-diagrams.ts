// Every diagram the site shows: each gallery contract's ownership map and lifecycles, in both themes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContract } from '../../lib/contract/check.ts';
import { contractDiagrams } from '../../lib/diagram/contract-diagrams.ts';
import { ownershipMaps } from '../../lib/diagram/ownership.ts';
import type { DiagramJob } from './ensure.ts';
import { THEMES } from './render-config.ts';

export const CONTRACTS_DIR = fileURLToPath(new URL('../../../content/contracts/', import.meta.url));

const PATTERNS_DIR = fileURLToPath(new URL('../../../playbooks/patterns/', import.meta.url));

/** Jobs in a stable order: the gallery contracts by name, then each pattern's ownership maps; per diagram, each theme. */
export function siteDiagramJobs(dir = CONTRACTS_DIR, patternsDir = PATTERNS_DIR): DiagramJob[] {
  const contracts = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((file) => ({
    name: file.slice(0, -'.yaml'.length),
    // Same file name as the gallery page reads, so the model and its Mermaid text are identical.
    file: `content/contracts/${file}`,
    source: readFileSync(join(dir, file), 'utf8'),
  }));
  return [...contractDiagramJobs(contracts), ...patternDiagramJobs(patternsDir)];
}

/** A pattern page shows its contract's ownership maps (its lifecycles are the pattern's own prose and code). */
function patternDiagramJobs(patternsDir: string): DiagramJob[] {
  const jobs: DiagramJob[] = [];
  for (const id of readdirSync(patternsDir).filter((d) => !d.startsWith('_') && !d.startsWith('.')).sort()) {
    const file = join(patternsDir, id, 'contract.yaml');
    if (!existsSync(file)) continue;
    const { model } = checkContract(readFileSync(file, 'utf8'), `playbooks/patterns/${id}/contract.yaml`);
    if (model === undefined) throw new Error(`playbooks/patterns/${id}/contract.yaml is not a valid contract: run npx interlock check on it`);
    for (const diagram of ownershipMaps(model)) {
      for (const theme of THEMES) jobs.push({ diagram, theme, label: `pattern-${id} ${diagram.kind}${diagram.part === undefined ? '' : ` ${diagram.part}`} (${theme})` });
    }
  }
  return jobs;
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
        jobs.push({ diagram, theme, label: `${name} ${diagram.kind}${diagram.type === undefined ? '' : ` ${diagram.type}`}${diagram.part === undefined ? '' : ` ${diagram.part}`} (${theme})` });
      }
    }
  }
  return jobs;
}
