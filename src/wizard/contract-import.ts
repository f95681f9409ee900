// Loaded on first use: parses a pasted or chosen contract with the contract checker and turns its facts into answers.
import { allDiagnostics, checkContract } from '../lib/contract/check.ts';
import { contractFacts } from '../lib/contract/facts.ts';
import { DEFAULT_LIMITS } from '../lib/contract/limits.ts';
import type { Answers } from '../lib/engine/answers.ts';
import type { Questionnaire } from '../lib/engine/questions.ts';
import { formatDiagnostic, splitLines } from '../lib/diagnostics/format-text.ts';
import { choicesFromFacts } from './contract-answers.ts';
import { factsFromChoices } from './engine-lite.ts';

export const MAX_CONTRACT_BYTES = DEFAULT_LIMITS.maxBytes;

export interface Imported {
  /** Present when the contract is usable (it parsed and matched the schema); lint findings do not block it. */
  answers?: Answers;
  /** Every diagnostic as `interlock check` prints it: file:line:column, the line and a caret. */
  diagnostics: Array<{ severity: 'error' | 'warning'; text: string }>;
  unanswered: string[];
  /** Contract facts the answers cannot carry (the questionnaire has no option for them). */
  notCarried: string[];
}

export function importContract(input: string | Uint8Array, file: string, q: Questionnaire): Imported {
  const result = checkContract(input, file);
  const lines = result.text !== undefined ? splitLines(result.text) : undefined;
  const diagnostics = allDiagnostics(result).map((d) => ({ severity: d.severity, text: formatDiagnostic(d, lines) }));
  if (result.model === undefined) return { diagnostics, unanswered: [], notCarried: [] };
  const facts = contractFacts(result.model);
  const filled = choicesFromFacts(facts, q);
  const carried = new Set(factsFromChoices(filled.choices, q));
  const answers: Answers = { choices: filled.choices, project: result.model.library.name, goModule: result.model.library.goPackage, abi: result.model.library.abi.text };
  return { answers, diagnostics, unanswered: filled.unanswered, notCarried: facts.filter((f) => !carried.has(f)) };
}
