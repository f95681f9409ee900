// Loaded on first use: parses a pasted or chosen contract with the contract checker and turns its facts into answers.
import { allDiagnostics, checkContract } from '../lib/contract/check.ts';
import { contractFacts } from '../lib/contract/facts.ts';
import { formatDiagnostic, splitLines } from '../lib/diagnostics/format-text.ts';
import { choicesFromFacts, type Answers } from '../lib/engine/answers.ts';
import { contractChecklistSource, type ContractChecklistSource } from '../lib/engine/contract-checklist.ts';
import type { Questionnaire } from '../lib/engine/questions.ts';

export interface Imported {
  /** Present when the contract is usable (it parsed and matched the schema); lint findings do not block it. */
  answers?: Answers;
  /** Every diagnostic as `interlock check` prints it: file:line:column, the line and a caret. */
  diagnostics: Array<{ severity: 'error' | 'warning'; text: string }>;
  /** Contract facts no answer carries (the questionnaire has no option for them). */
  notCarried: string[];
  /** What the checklist is built from while the contract is in use: the same input the CLI's --contract reads. */
  source?: ContractChecklistSource;
}

export function importContract(input: string | Uint8Array, file: string, q: Questionnaire): Imported {
  const result = checkContract(input, file);
  const lines = result.text !== undefined ? splitLines(result.text) : undefined;
  const diagnostics = allDiagnostics(result).map((d) => ({ severity: d.severity, text: formatDiagnostic(d, lines) }));
  if (result.model === undefined) return { diagnostics, notCarried: [] };
  const filled = choicesFromFacts(contractFacts(result.model), q);
  const lib = result.model.library;
  const answers: Answers = { choices: filled.choices, project: lib.name, goModule: lib.goPackage, abi: lib.abi.text };
  return { answers, diagnostics, notCarried: filled.unrepresented, source: contractChecklistSource(result.model, result.text!, file) };
}
