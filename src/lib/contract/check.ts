// parse -> validate -> lint in one call: what the CLI, the gallery pages and the tests run. The cost caps
// (limits.ts) are checked before the step each protects: lines and entries before parsing, functions and
// types before linting.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { COST_LIMITS, DEFAULT_LIMITS, scanCost, sizeProblem } from './limits.ts';
import type { CostLimits, ParseLimits } from './limits.ts';
import { lintContract } from './lint.ts';
import type { ContractModel } from './model.ts';
import { parseContract } from './parse.ts';
import type { ParsedContract } from './parse.ts';

interface CheckResult {
  file: string;
  text?: string;
  /** Present when the contract is usable (it parsed and matched the schema), even if lint found problems. */
  model?: ContractModel;
  /** Input, YAML and schema problems; when any exist the contract is unusable and was not linted. */
  parseDiagnostics: Diagnostic[];
  /** Lint findings (rule IDs as codes). */
  findings: Diagnostic[];
}

/**
 * parseContract behind the cost caps: too many lines or entries are refused before the YAML parser runs,
 * too many functions or types before anything walks the model. Every command that reads a contract uses it.
 */
export function parseWithinLimits(input: Uint8Array | string, file: string, limits?: ParseLimits, cost: CostLimits = COST_LIMITS): ParsedContract {
  // Past the byte cap, parseContract refuses at once with that reason; the scan is for inputs within it.
  const withinBytes = input.length <= (limits ?? DEFAULT_LIMITS).maxBytes;
  const tooBig = withinBytes ? scanCost(input, file, cost) : undefined;
  if (tooBig !== undefined) return { file, diagnostics: [tooBig] };
  const parsed = parseContract(input, file, limits);
  if (parsed.model === undefined || parsed.locate === undefined) return parsed;
  const problem = sizeProblem({ functions: parsed.model.functions.length, types: parsed.model.types.length }, cost);
  if (problem === undefined) return parsed;
  const { line, column } = parsed.locate([problem.section], 'key');
  const d: Diagnostic = { code: 'input-too-large', severity: 'error', message: problem.message, file, line, column, hint: 'split the library into several contracts' };
  const refused: ParsedContract = { file, diagnostics: [d] };
  if (parsed.text !== undefined) refused.text = parsed.text;
  return refused;
}

export function checkContract(input: Uint8Array | string, file: string, limits?: ParseLimits): CheckResult {
  const parsed = parseWithinLimits(input, file, limits);
  const result: CheckResult = { file, parseDiagnostics: parsed.diagnostics, findings: [] };
  if (parsed.text !== undefined) result.text = parsed.text;
  if (parsed.model !== undefined && parsed.locate !== undefined) {
    result.model = parsed.model;
    result.findings = lintContract(parsed.model, parsed.locate, file);
  }
  return result;
}

/** Every diagnostic of a check, parse problems first. */
export function allDiagnostics(result: CheckResult): Diagnostic[] {
  return [...result.parseDiagnostics, ...result.findings];
}
