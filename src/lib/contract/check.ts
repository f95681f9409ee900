// parse -> validate -> lint in one call: what the CLI, the gallery pages and the tests run.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParseLimits } from './limits.ts';
import { lintContract } from './lint.ts';
import type { ContractModel } from './model.ts';
import { parseContract } from './parse.ts';

export interface CheckResult {
  file: string;
  text?: string;
  /** Present when the contract is usable (it parsed and matched the schema), even if lint found problems. */
  model?: ContractModel;
  /** Input, YAML and schema problems; when any exist the contract is unusable and was not linted. */
  parseDiagnostics: Diagnostic[];
  /** Lint findings (rule IDs as codes). */
  findings: Diagnostic[];
}

export function checkContract(input: Uint8Array | string, file: string, limits?: ParseLimits): CheckResult {
  const parsed = parseContract(input, file, limits);
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
