// The contracts the gallery shows: Interlock's samples in content/contracts/ and, for a team's build, the
// team's own (INTERLOCK_SITE_CONFIG), each checked with the same engine as the CLI.
import { allDiagnostics, checkContract } from '../../lib/contract/check.ts';
import type { ContractModel } from '../../lib/contract/model.ts';
import { contractFacts, CONTRACT_FACTS } from '../../lib/contract/facts.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic, splitLines } from '../../lib/diagnostics/format-text.ts';
import { teamSite } from './team.ts';

const files = import.meta.glob<string>('/content/contracts/*.yaml', { query: '?raw', import: 'default', eager: true });

export interface Sample {
  /** The file name without .yaml: the page's URL segment. */
  name: string;
  file: string;
  source: string;
  model?: ContractModel;
  diagnostics: Diagnostic[];
  /** What `interlock check` prints for it. */
  output: string;
  facts: Array<{ id: string; why: string }>;
  /** Where its diagrams are cached: Interlock's committed cache, or the team's own folder. */
  diagrams: 'committed' | { dir: string };
}

function checked(name: string, file: string, source: string, diagrams: Sample['diagrams']): Sample {
  const result = checkContract(source, file);
  const diagnostics = allDiagnostics(result);
  const lines = splitLines(source);
  const output = diagnostics.length === 0 ? '1 contract checked: no problems' : diagnostics.map((d) => formatDiagnostic(d, lines)).join('\n');
  const facts = result.model === undefined ? [] : contractFacts(result.model).map((id) => ({ id, why: CONTRACT_FACTS[id] }));
  const sample: Sample = { name, file, source: source.trimEnd(), diagnostics, output, facts, diagrams };
  if (result.model !== undefined) sample.model = result.model;
  return sample;
}

let cached: Sample[] | undefined;

/** Samples first, then the team's contracts, each group by name; read and checked once per build. */
export function loadSamples(): Sample[] {
  if (cached !== undefined) return cached;
  const samples = Object.entries(files)
    .map(([path, source]) => {
      const file = path.replace(/^\//, '');
      return checked(file.replace(/^content\/contracts\//, '').replace(/\.yaml$/, ''), file, source, 'committed');
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const team = teamSite();
  const own = (team?.contracts ?? []).map((c) => checked(c.name, c.file, c.source, { dir: team!.diagramsDir }));
  cached = [...samples, ...own];
  return cached;
}
