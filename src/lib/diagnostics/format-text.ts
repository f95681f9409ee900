// Human-readable diagnostics: `file:line:col: severity code: message`, the source line and a caret,
// the way eemeli/yaml's prettyErrors shows them.

import type { Diagnostic } from './diagnostic.ts';

/** At most this many characters of the source line are shown, so a minified line cannot flood a terminal. */
const MAX_SHOWN = 120;

/**
 * Replaces characters a terminal would interpret (escape sequences, bidi overrides) with a visible mark.
 * Tabs and line breaks too: a file name or message with a newline could otherwise forge an output line.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

/** The source excerpt for one diagnostic: the line (tabs shown as one space) and a caret under the column. */
export function excerpt(sourceLines: readonly string[], line: number, column: number): string[] {
  const text = sourceLines[line - 1];
  if (text === undefined) return [];
  let start = 0;
  if (column > MAX_SHOWN) start = column - Math.floor(MAX_SHOWN / 2);
  const shown = sanitizeForTerminal(text.slice(start, start + MAX_SHOWN).replace(/\t/g, ' '));
  const prefix = start > 0 ? '...' : '';
  const caretAt = Math.max(0, column - 1 - start) + prefix.length;
  return [`  ${prefix}${shown}`, `  ${' '.repeat(caretAt)}^`];
}

export function formatDiagnostic(d: Diagnostic, sourceLines?: readonly string[]): string {
  const out = [`${sanitizeForTerminal(d.file)}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${sanitizeForTerminal(d.message)}`];
  if (sourceLines !== undefined) out.push(...excerpt(sourceLines, d.line, d.column));
  if (d.hint !== undefined) out.push(`  hint: ${sanitizeForTerminal(d.hint)}`);
  return out.join('\n');
}

/** Splits source text into lines the way line numbers count them (LF, CRLF or CR). */
export function splitLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}
