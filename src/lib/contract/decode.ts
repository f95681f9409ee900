// Bytes -> text for untrusted input (contracts here, playbook and answers files through read-yaml.ts): size cap first,
// strict UTF-8, then a scan for characters that have no business in it (NUL, terminal escapes, bidi overrides).
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParseLimits } from './limits.ts';

type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Byte offset of the first invalid UTF-8 sequence (the decoder says only that one exists). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i += 1; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (UTF-16 units) of a character offset in text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) { line += 1; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Control characters other than tab, LF and CR; C1 controls; bidirectional controls; BOMs past the start. */
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** `U+XXXX`: how a message names a character it refuses. */
export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function describeChar(ch: string): string {
  if (ch === '\u0000') return 'a NUL character (U+0000)';
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(ch)) return `a bidirectional text control (${codePointLabel(ch)}) that can make code display differently from what it is`;
  if (ch === '\ufeff') return 'a byte order mark (U+FEFF) inside the text';
  if (ch === '\u001b') return 'an escape character (U+001B) that terminals interpret';
  return `a control character (${codePointLabel(ch)})`;
}

/** What differs between kinds of input (contracts, playbook and answers files): the words, and when a BOM is caught. */
export interface InputWording {
  /** Input over the cap; `size` is its length in UTF-8 bytes as far as it was read. */
  tooLarge(size: number, maxBytes: number): { message: string; hint?: string };
  /** When given, a UTF-8 byte order mark in the bytes is refused with this message before they are decoded. */
  bomInBytes?: string;
  /** A character the text must not contain. */
  forbiddenChar(ch: string): { message: string; hint: string };
}

function refuse(file: string, code: string, message: string, line: number, column: number, hint?: string): Decoded {
  const diagnostic: Diagnostic = { code, severity: 'error', message, file, line, column };
  if (hint !== undefined) diagnostic.hint = hint;
  return { ok: false, diagnostic };
}

/** Bytes or text -> text, refusing oversize input, invalid UTF-8, a BOM and invisible control characters, in that order. */
export function decodeText(input: Uint8Array | string, file: string, maxBytes: number, wording: InputWording): Decoded {
  const refuseSize = (size: number): Decoded => {
    const { message, hint } = wording.tooLarge(size, maxBytes);
    return refuse(file, 'input-too-large', message, 1, 1, hint);
  };
  let text: string;
  if (typeof input === 'string') {
    // Cheap bound first: a UTF-16 string never needs more than 3 UTF-8 bytes per unit.
    const bytes = input.length * 3 <= maxBytes ? input.length : new TextEncoder().encode(input).length;
    if (bytes > maxBytes) return refuseSize(bytes);
    text = input;
  } else {
    if (input.length > maxBytes) return refuseSize(input.length);
    if (wording.bomInBytes !== undefined && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
      return refuse(file, 'input-bom', wording.bomInBytes, 1, 1, 'save the file as UTF-8 without BOM');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      const at = Math.max(0, firstInvalidUtf8(input));
      const before = new TextDecoder('utf-8').decode(input.subarray(0, at));
      const pos = positionOf(before, before.length);
      return refuse(file, 'input-not-utf8', `invalid UTF-8 at byte ${at}`, pos.line, pos.column, 'save the file as UTF-8');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return refuse(file, 'input-bom', 'the text starts with a byte order mark', 1, 1, 'save the file as UTF-8 without BOM');
  }
  const bad = FORBIDDEN_CHAR.exec(text);
  if (bad !== null) {
    const pos = positionOf(text, bad.index);
    const { message, hint } = wording.forbiddenChar(bad[0]);
    return refuse(file, 'input-control-char', message, pos.line, pos.column, hint);
  }
  return { ok: true, text };
}

const CONTRACT_WORDING: InputWording = {
  // Readers stop at the cap plus one byte, so the real size is unknown: say only that it is over.
  tooLarge: (_size, maxBytes) => ({ message: `the contract is larger than ${maxBytes} bytes, the most a contract may be`, hint: 'split the library into several contracts' }),
  bomInBytes: 'the file starts with a UTF-8 byte order mark',
  forbiddenChar: (ch) => ({ message: `the text contains ${describeChar(ch)}`, hint: 'contracts are plain text: remove the character' }),
};

export function decodeContract(input: Uint8Array | string, file: string, limits: ParseLimits): Decoded {
  return decodeText(input, file, limits.maxBytes, CONTRACT_WORDING);
}
