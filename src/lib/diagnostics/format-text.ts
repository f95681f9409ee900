// Human-readable diagnostics: `file:line:col: severity code: message`, the source line and a caret,
// the way eemeli/yaml's prettyErrors shows them.

import type { Diagnostic } from './diagnostic.ts';
import { terminalText } from '../output/terminal.ts';

/** At most this many characters of the source line are shown, so a minified line cannot flood a terminal. */
const MAX_SHOWN = 120;

/**
 * Kept for the callers that print one value: the terminal encoder shows escape sequences, bidi overrides,
 * tabs and line breaks as visible escapes (a newline in a file name or message could forge an output line).
 */
export const sanitizeForTerminal = terminalText;

/** The source excerpt for one diagnostic: the line (tabs shown as one space) and a caret under the column. */
function excerpt(sourceLines: readonly string[], line: number, column: number): string[] {
  const text = sourceLines[line - 1];
  if (text === undefined) return [];
  let start = 0;
  if (column > MAX_SHOWN) start = column - Math.floor(MAX_SHOWN / 2);
  const visible = (from: number, to: number): string => terminalText(text.slice(from, to).replace(/\t/g, ' '));
  const shown = visible(start, start + MAX_SHOWN);
  const prefix = start > 0 ? '...' : '';
  // A control shown as `\x1b` is four columns wide: the caret counts the escapes before it.
  const caretAt = visible(start, Math.max(start, column - 1)).length + prefix.length;
  return [`  ${prefix}${shown}`, `  ${' '.repeat(caretAt)}^`];
}

export function formatDiagnostic(d: Diagnostic, sourceLines?: readonly string[]): string {
  const out = [`${terminalText(d.file)}:${d.line}:${d.column}: ${d.severity} ${terminalText(d.code)}: ${terminalText(d.message)}`];
  if (sourceLines !== undefined) out.push(...excerpt(sourceLines, d.line, d.column));
  if (d.hint !== undefined) out.push(`  hint: ${terminalText(d.hint)}`);
  return out.join('\n');
}

/** Splits source text into lines the way line numbers count them (LF, CRLF or CR). */
export function splitLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}
