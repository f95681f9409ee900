// The sample contracts in content/contracts/, checked with the same engine as the CLI.
import { allDiagnostics, checkContract } from '../../lib/contract/check.ts';
import type { ContractModel } from '../../lib/contract/model.ts';
import { contractFacts, CONTRACT_FACTS } from '../../lib/contract/facts.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic, splitLines } from '../../lib/diagnostics/format-text.ts';

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
}

export function loadSamples(): Sample[] {
  return Object.entries(files)
    .map(([path, source]): Sample => {
      const file = path.replace(/^\//, '');
      const name = file.replace(/^content\/contracts\//, '').replace(/\.yaml$/, '');
      const result = checkContract(source, file);
      const diagnostics = allDiagnostics(result);
      const lines = splitLines(source);
      const output = diagnostics.length === 0 ? '1 contract checked: no problems' : diagnostics.map((d) => formatDiagnostic(d, lines)).join('\n');
      const facts = result.model === undefined ? [] : contractFacts(result.model).map((id) => ({ id, why: CONTRACT_FACTS[id] }));
      const sample: Sample = { name, file, source: source.trimEnd(), diagnostics, output, facts };
      if (result.model !== undefined) sample.model = result.model;
      return sample;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
