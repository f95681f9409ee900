// The valid and invalid example of every lint rule: the same files the rule tests pin, so the docs can never
// show an example the tests do not prove.
import { caseFindings, ruleCaseFile, withoutAnnotations } from '../../lib/contract/rule-cases.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic, splitLines } from '../../lib/diagnostics/format-text.ts';

const files = import.meta.glob<string>('/test/fixtures/contract/rules/*/*.yaml', { query: '?raw', import: 'default', eager: true });

export interface RuleCase {
  file: string;
  source: string;
  diagnostics: Diagnostic[];
  /** What `interlock check` prints for this file. */
  output: string;
  /** Lines that hold a finding, for Expressive Code's `mark`. */
  marked: Array<{ range: string }>;
}

function load(id: string, kind: 'valid' | 'invalid'): RuleCase {
  const file = ruleCaseFile(id, `${kind}.yaml`);
  const annotated = files[`/${file}`];
  if (annotated === undefined) throw new Error(`missing lint case ${file}`);
  // The `#~` marks are for the tests; a reader sees the contract as a team would write it.
  const source = withoutAnnotations(annotated);
  const diagnostics = caseFindings(source, `${kind}.yaml`);
  const lines = splitLines(source);
  const summary = diagnostics.length === 0 ? '1 contract checked: no problems' : '';
  const output = [...diagnostics.map((d) => formatDiagnostic(d, lines)), summary].filter(Boolean).join('\n');
  const marked = [...new Set(diagnostics.map((d) => d.line))].map((line) => ({ range: String(line) }));
  return { file, source: source.trimEnd(), diagnostics, output, marked };
}

export function ruleCases(id: string): { valid: RuleCase; invalid: RuleCase } {
  return { valid: load(id, 'valid'), invalid: load(id, 'invalid') };
}
