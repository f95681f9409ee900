// Turns any text into Mermaid label text that can only ever be shown, never parsed as syntax.
// Mermaid honours `%%{init}%%` directives even inside quoted labels, a `"]` ends a label and lets the rest
// of the line add a `click ... href`, and raw HTML survives its sanitiser. So labels keep a short allow-list
// of characters and every other character becomes a Mermaid entity code (`#60;`), which Mermaid reads as
// plain text and the renderer turns back into that character.

/** Characters that pass through unchanged: none of them is Mermaid, HTML or CSS syntax inside a label. */
const SAFE = /^[A-Za-z0-9 _.,:()-]$/u;

/** Characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF, unpaired surrogates): drawn as U+FFFD. */
const NOT_XML = /^(?:[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF])$/u;
const REPLACEMENT = 0xfffd;

/** Encodes text for a quoted flowchart label, an edge label or a sequence diagram message. */
export function encodeLabel(text: string): string {
  // A directive (`%%{init: ...}%%`) or a comment starts with %%; refuse it outright rather than trust the
  // encoding alone, so a future change to the allow-list cannot let one through.
  if (text.includes('%%')) throw new RangeError('diagram text must not contain "%%" (a Mermaid directive or comment)');
  let out = '';
  for (const char of text) {
    if (SAFE.test(char)) out += char;
    else out += `#${NOT_XML.test(char) ? REPLACEMENT : char.codePointAt(0)};`;
  }
  // Before parsing, Mermaid drops the last ";" of any line where "style" or "classDef" is followed by a
  // colon and a "#" (its shortcut for colours in style statements). That would turn an entity code in this
  // label into literal text, so such a word is written with an entity code of its own first letter.
  if (out.includes('#')) out = out.replace(/style/g, '#115;tyle').replace(/classDef/g, '#99;lassDef');
  return out;
}

/** The inverse of Mermaid's entity codes, as the renderer applies it to the text of a drawn label. */
export function decodeEntityCodes(text: string): string {
  return text.replace(/&#(\d{1,7});/g, (match, digits: string) => {
    const code = Number(digits);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}
