// The terminal encoder: every input-derived string that reaches a terminal or a CI log goes through here, so
// control, bidi and line-separator characters are shown as visible escapes instead of being obeyed.

/**
 * C0 controls (tab and line feed included: a newline in a value could forge an output line), DEL, C1
 * controls, the Unicode bidi embeddings, overrides, isolates and marks, and the Unicode line separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same set minus tab and line feed: what may never appear in a whole report, line breaks allowed. */
const UNSAFE_IN_REPORT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for the one-byte controls, `\u202e` for the rest: visible, and names the character for a reader. */
export function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One value (a name, a message, a command-line argument) made safe to print inside a line. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/**
 * A whole report or message block: line feeds and tabs stay (the report's own layout), everything else is
 * shown. The last line of defence in the CLI's output layer; values are encoded one by one before this.
 */
export function terminalReport(text: string): string {
  return text.replace(UNSAFE_IN_REPORT, visibleEscape);
}
