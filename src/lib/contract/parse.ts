// Untrusted contract bytes -> ContractModel, or diagnostics naming file, line and column. Never throws.
import { compareDiagnostics } from '../diagnostics/diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeContract } from './decode.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import type { ParseLimits } from './limits.ts';
import { makeLocator } from './locate.ts';
import type { Locator } from './locate.ts';
import { toModel } from './model.ts';
import type { ContractModel } from './model.ts';
import { contractSchema } from './schema/contract.ts';
import { issuesToDiagnostics } from './schema-issues.ts';
import { parseYaml, toPlainData } from './yaml-document.ts';

export interface ParsedContract {
  file: string;
  /** The decoded text, when decoding succeeded (formatters show source lines from it). */
  text?: string;
  /** Present only when there are no diagnostics: input, YAML and schema are all sound. */
  model?: ContractModel;
  /** Maps a model path to line:column; present whenever the YAML parsed. */
  locate?: Locator;
  diagnostics: Diagnostic[];
}

export function parseContract(input: Uint8Array | string, file: string, limits: ParseLimits = DEFAULT_LIMITS): ParsedContract {
  try {
    return parseUnguarded(input, file, limits);
  } catch (error) {
    // Every known failure is a diagnostic already; this is the last line of defence for the unknown ones.
    const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : 'unknown error';
    return { file, diagnostics: [{ code: 'yaml-syntax', severity: 'error', message: `the contract could not be read (${reason})`, file, line: 1, column: 1 }] };
  }
}

/** Keeps the first `max` problems and says how many more there were, so hostile input cannot flood output. */
function capped(diagnostics: Diagnostic[], max: number): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const next = diagnostics[max];
  const more: Diagnostic = {
    code: 'input-too-many-problems',
    severity: 'error',
    message: `more problems follow; only the first ${max} are shown`,
    file: next?.file ?? '',
    line: next?.line ?? 1,
    column: next?.column ?? 1,
    hint: 'fix these first and check again',
  };
  return [...diagnostics.slice(0, max), more];
}

function parseUnguarded(input: Uint8Array | string, file: string, limits: ParseLimits): ParsedContract {
  const decoded = decodeContract(input, file, limits);
  if (!decoded.ok) return { file, diagnostics: [decoded.diagnostic] };
  const text = decoded.text;
  const yaml = parseYaml(text, file, limits);
  if (yaml.doc === undefined) return { file, text, diagnostics: capped(yaml.diagnostics, limits.maxProblems) };
  const locate = makeLocator(yaml.doc, yaml.lineCounter);
  if (yaml.diagnostics.length > 0) return { file, text, locate, diagnostics: capped(yaml.diagnostics, limits.maxProblems) };

  const data: unknown = toPlainData(yaml.doc.contents);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const { line, column } = locate([]);
    return {
      file, text, locate,
      diagnostics: [{ code: 'schema-wrong-type', severity: 'error', message: 'a contract is a map with interlock, library and functions at the top', file, line, column, hint: 'start from a sample contract' }],
    };
  }
  const result = contractSchema.safeParse(data, { reportInput: false });
  if (!result.success) {
    const diagnostics = issuesToDiagnostics(result.error.issues, contractSchema, data, locate, file, limits.maxProblems).sort(compareDiagnostics);
    return { file, text, locate, diagnostics: capped(diagnostics, limits.maxProblems) };
  }
  return { file, text, locate, model: toModel(result.data), diagnostics: [] };
}
