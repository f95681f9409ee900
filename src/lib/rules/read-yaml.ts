// One hardened path from bytes to schema-checked data for every playbook file and user answer file,
// reusing the contract reader's YAML hardening so all inputs refuse the same tricks the same way.
import type { z } from 'zod';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { firstInvalidUtf8, positionOf } from '../contract/decode.ts';
import { makeLocator, type Locator } from '../contract/locate.ts';
import { issuesToDiagnostics } from '../contract/schema-issues.ts';
import { parseYaml, TO_JS_OPTIONS } from '../contract/yaml-document.ts';

export interface ReadLimits {
  /** Bytes of input, checked before decoding. */
  maxBytes: number;
  /** Nesting of YAML collections. */
  maxDepth: number;
  /** Problems reported per file before the rest are only counted. */
  maxProblems: number;
}

export type ReadResult<T> =
  | { ok: true; value: T; text: string; locate: Locator }
  | { ok: false; diagnostics: Diagnostic[]; text?: string };

/** Control characters other than tab/LF/CR, C1 controls, bidirectional controls, BOMs past the start. */
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

function refuse(file: string, code: string, message: string, line = 1, column = 1, hint?: string): Diagnostic {
  const d: Diagnostic = { code, severity: 'error', message, file, line, column };
  if (hint !== undefined) d.hint = hint;
  return d;
}

/** Bytes or text -> text, refusing oversize input, invalid UTF-8, a BOM and invisible control characters. */
export function decodeInput(input: Uint8Array | string, file: string, what: string, maxBytes: number): { text: string } | { diagnostic: Diagnostic } {
  let text: string;
  if (typeof input === 'string') {
    const bytes = input.length * 3 <= maxBytes ? input.length : new TextEncoder().encode(input).length;
    if (bytes > maxBytes) return { diagnostic: refuse(file, 'input-too-large', `the ${what} is ${bytes} bytes; the limit is ${maxBytes}`) };
    text = input;
  } else {
    if (input.length > maxBytes) return { diagnostic: refuse(file, 'input-too-large', `the ${what} is ${input.length} bytes; the limit is ${maxBytes}`) };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      const at = Math.max(0, firstInvalidUtf8(input));
      const before = new TextDecoder('utf-8').decode(input.subarray(0, at));
      const pos = positionOf(before, before.length);
      return { diagnostic: refuse(file, 'input-not-utf8', `invalid UTF-8 at byte ${at}`, pos.line, pos.column, 'save the file as UTF-8') };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) return { diagnostic: refuse(file, 'input-bom', 'the text starts with a byte order mark', 1, 1, 'save the file as UTF-8 without BOM') };
  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad !== null) {
    const pos = positionOf(text, bad.index);
    const hex = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return { diagnostic: refuse(file, 'input-control-char', `the text contains an invisible or control character (U+${hex})`, pos.line, pos.column, 'remove the character') };
  }
  return { text };
}

/** The shared YAML and schema messages speak of contracts; name the kind of file actually being read. */
function reword(d: Diagnostic, what: string): Diagnostic {
  const fix = (t: string): string => t.replace(/\bthe contract\b/g, `the ${what}`).replace(/\bcontracts\b/g, 'Interlock files').replace(/\ba contract\b/g, `a ${what}`);
  const out: Diagnostic = { ...d, message: fix(d.message) };
  if (d.hint !== undefined) out.hint = fix(d.hint);
  return out;
}

/**
 * Reads one YAML document and validates it against a schema. Never throws: every problem, including
 * an unexpected parser failure, comes back as a diagnostic with file, line and column.
 */
export function readYaml<S extends z.ZodType>(
  input: Uint8Array | string,
  file: string,
  schema: S,
  what: string,
  limits: ReadLimits,
): ReadResult<z.output<S>> {
  try {
    const decoded = decodeInput(input, file, what, limits.maxBytes);
    if ('diagnostic' in decoded) return { ok: false, diagnostics: [decoded.diagnostic] };
    const text = decoded.text;
    const yaml = parseYaml(text, file, limits);
    if (yaml.doc === undefined || yaml.diagnostics.length > 0) return { ok: false, diagnostics: yaml.diagnostics.map((d) => reword(d, what)), text };
    const locate = makeLocator(yaml.doc, yaml.lineCounter);
    const data: unknown = yaml.doc.toJS(TO_JS_OPTIONS);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      const { line, column } = locate([]);
      return { ok: false, text, diagnostics: [refuse(file, 'schema-wrong-type', `the ${what} must be a map of fields`, line, column)] };
    }
    const result = schema.safeParse(data, { reportInput: false });
    if (!result.success) {
      const diagnostics = issuesToDiagnostics(result.error.issues, schema, data, locate, file, limits.maxProblems).map((d) => reword(d, what)).sort(compareDiagnostics);
      return { ok: false, text, diagnostics };
    }
    return { ok: true, value: result.data, text, locate };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : 'unknown error';
    return { ok: false, diagnostics: [refuse(file, 'yaml-syntax', `the ${what} could not be read (${reason})`)] };
  }
}
