// The Markdown encoder: every input-derived string that reaches a Markdown export (the diff comment, the
// changelog draft, the checklist and the postmortem) goes through here. Input can only ever become literal
// text or a code span: never a link, an image, raw HTML, a heading, a quote, a list item or a task.
import { visibleEscape } from './terminal.ts';

/** Controls, bidi and Unicode line separators: shown as `\x1b` / `\u202e`, never passed on. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * ASCII punctuation that opens or closes a Markdown construct wherever it stands: emphasis, code, links and
 * images (`(` and `!` only matter next to an escaped `[`), HTML and entities, `@` mentions and e-mail,
 * `#` references, tables and strikethrough. CommonMark lets any ASCII punctuation be backslash-escaped.
 */
const SPECIAL = /[\\`*[\]<>#|~&@]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** A colon right after a letter and before a non-blank starts a URL scheme (`https://`, `mailto:`): escaped. */
const SCHEME_COLON = /(?<=\p{L}):(?=\S)/gu;

/** `www.` starts a GFM autolink without any scheme: its dot is escaped (e-mail needs the escaped `@`). */
const DOMAIN_DOT = /(?<=www)\./giu;

/**
 * What a line may not start with: a quote marker, a list marker followed by a blank, a setext underline or
 * thematic break, an ordered-list number followed by a blank. (`_` inside a word never makes emphasis, so
 * `snake_case` stays as it is; `*` does, so it is always escaped.)
 */
const LINE_START = /^([ \t]*)(?:(>|[-+=](?=[\s\-+=]|$))|(\d{1,9})([.)])(?=\s|$))/;

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** Inline text: line breaks and controls become visible escapes and no character can start markup, even at a line start. */
export function mdText(text: string): string {
  const escaped = text.replace(INVISIBLE, visibleEscape).replace(SPECIAL, (c) => `\\${c}`).replace(DOMAIN_DOT, '\\.').replace(SCHEME_COLON, '\\:');
  return escaped.replace(LINE_START, (_m, blanks: string, marker?: string, digits?: string, dot?: string) =>
    marker !== undefined ? `${blanks}\\${marker}` : `${blanks}${digits ?? ''}\\${dot ?? ''}`);
}

/**
 * Multi-line prose (a postmortem summary): one escaped line per input line. Leading blanks are dropped so a
 * line never becomes indented code, trailing ones so it never ends in a hard line break.
 */
export function mdProse(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => mdText(line.trim()));
}

/** A code span that no content can leave: its fence is one backtick longer than the longest run inside. */
export function mdCode(text: string): string {
  const flat = text.replace(INVISIBLE, visibleEscape);
  if (flat === '') return '` `';
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both ends have one, and a backtick at an end would merge
  // with the fence: pad in both cases so the content shows exactly.
  const pad = /^`|`$/.test(flat) || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span inside a GFM table cell: the table splits cells on `|` even inside code, unless escaped. */
export function mdCodeInCell(text: string): string {
  return mdCode(text).replace(/\|/g, '\\|');
}

/**
 * Interlock's own sentence with values between backticks ("function `f` was removed."). A value may itself
 * hold backticks, so the pairing can be wrong; it does not matter: every piece becomes either a code span or
 * escaped text, so a value can split into odd pieces but never turn into markup.
 */
export function mdRich(sentence: string): string {
  const pieces = sentence.split('`');
  // An odd number of backticks leaves the last one unpaired: it joins the final text piece as a literal.
  if (pieces.length % 2 === 0) {
    const rest = pieces.pop() ?? '';
    pieces[pieces.length - 1] += `\`${rest}`;
  }
  // Two code pieces with nothing between them ("`a``b`") become one span "a``b": side by side, their fences
  // would merge into one longer backtick run and could pair up differently.
  const merged: string[] = [pieces[0] ?? ''];
  for (let i = 1; i < pieces.length; i += 2) {
    const code = pieces[i] ?? '';
    const after = pieces[i + 1] ?? '';
    if (merged.length >= 3 && merged[merged.length - 1] === '') {
      merged.pop();
      merged[merged.length - 1] += `\`\`${code}`;
    } else merged.push(code);
    merged.push(after);
  }
  return merged.map((piece, i) => (i % 2 === 1 ? mdCode(piece) : mdText(piece))).join('');
}

/** A fenced code block whose fence is longer than any backtick run in the body, so the body cannot close it. */
export function mdFence(body: string, info = ''): string {
  const clean = body.split(LINE_BREAK).map((line) => line.replace(INVISIBLE, visibleEscape)).join('\n');
  const longest = Math.max(2, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${clean}\n${fence}`;
}

/** A link, only for Interlock's own data (rule references); anything but a plain https URL stays text. */
export function mdLink(label: string, url: string): string {
  if (!/^https:\/\/[^\s()<>\\`"']+$/.test(url)) return mdText(label);
  return `[${mdText(label)}](${url})`;
}
