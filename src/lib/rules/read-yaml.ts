// One hardened path from bytes to schema-checked data for every playbook file and user answer file,
// reusing the contract reader's YAML hardening so all inputs refuse the same tricks the same way.
import type { z } from 'zod';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { codePointLabel, decodeText, type InputWording } from '../contract/decode.ts';
import { makeLocator, type Locator } from '../contract/locate.ts';
import { issuesToDiagnostics } from '../contract/schema-issues.ts';
import { parseYaml, TO_JS_OPTIONS } from '../contract/yaml-document.ts';
import { commentsAfterPlainText } from './plain-text-comments.ts';

interface ReadLimits {
  /** Bytes of input, checked before decoding. */
  maxBytes: number;
  /** Nesting of YAML collections. */
  maxDepth: number;
  /** Problems reported per file before the rest are only counted. */
  maxProblems: number;
}

interface ReadOptions {
  /**
   * Refuse an unquoted value followed by a comment on its line. For Interlock's own prose files, where
   * `text #[attr]` silently truncates a sentence; a user's answers file may annotate values freely.
   */
  refuseCommentAfterPlainText?: boolean;
}

type ReadResult<T> =
  | { ok: true; value: T; text: string; locate: Locator }
  | { ok: false; diagnostics: Diagnostic[]; text?: string };

function refuse(file: string, code: string, message: string, line = 1, column = 1): Diagnostic {
  return { code, severity: 'error', message, file, line, column };
}

/** How a playbook or answers file names its encoding problems (a contract's words are decode.ts's own). */
function inputWording(what: string): InputWording {
  return {
    tooLarge: (size, maxBytes) => ({ message: `the ${what} is ${size} bytes; the limit is ${maxBytes}` }),
    forbiddenChar: (ch) => ({ message: `the text contains an invisible or control character (${codePointLabel(ch)})`, hint: 'remove the character' }),
  };
}

/** The shared YAML and schema messages speak of contracts; name the kind of file actually being read. */
function reword(d: Diagnostic, what: string): Diagnostic {
  const fix = (t: string): string => t.replace(/\bthe contract\b/g, `the ${what}`).replace(/\bcontracts\b/g, 'Interlock files').replace(/\ba contract\b/g, `a ${what}`);
  const out: Diagnostic = { ...d, message: fix(d.message) };
  // The contract reader's hints name a contract's own keys; for other files they would mislead.
  if (d.hint !== undefined && !/sample contract/.test(d.hint)) out.hint = fix(d.hint);
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
  options: ReadOptions = {},
): ReadResult<z.output<S>> {
  try {
    const decoded = decodeText(input, file, limits.maxBytes, inputWording(what));
    if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
    const text = decoded.text;
    const yaml = parseYaml(text, file, limits);
    if (yaml.doc === undefined || yaml.diagnostics.length > 0) return { ok: false, diagnostics: yaml.diagnostics.map((d) => reword(d, what)), text };
    const locate = makeLocator(yaml.doc, yaml.lineCounter);
    if (options.refuseCommentAfterPlainText === true) {
      const cut = commentsAfterPlainText(yaml.doc, text).map(({ offset, value }) => {
        const { line, col } = yaml.lineCounter.linePos(offset);
        const shown = value.length > 40 ? `…${value.slice(-40)}` : value;
        const d = refuse(file, 'yaml-comment-cuts-text', `a "#" after unquoted text starts a comment, so the value ends at "${shown}"`, line, col);
        return { ...d, hint: 'quote the whole value (single or double quotes), or use a block scalar (|)' };
      });
      if (cut.length > 0) return { ok: false, text, diagnostics: cut.slice(0, limits.maxProblems) };
    }
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
