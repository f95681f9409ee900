// Resource caps for untrusted contracts: big enough for any real library, small enough that every command
// stays under 2 s of CPU and 500 MB on any input it accepts (scripts/bench/limits-bench.ts prints the cost).
// Each cap is checked before the step it protects; the Limits page of the handbook lists them all.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface ParseLimits {
  /** Bytes of input, checked before decoding or parsing. */
  maxBytes: number;
  /** Nesting of YAML collections (a real contract needs 6). */
  maxDepth: number;
  /** Problems reported per file before the rest are only counted. */
  maxProblems: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 1024 * 1024, maxDepth: 16, maxProblems: 100 };

/** Caps on what a contract may hold, so the YAML parser, the linter and the diff stay bounded. */
export interface CostLimits {
  /** Lines of text, counted before parsing: the YAML parser spends time on every line, even a blank one. */
  maxLines: number;
  /** YAML entries (`key: value`, `- item`, flow `[a, b]` / `{a: b}` members), counted before parsing. */
  maxItems: number;
  /** Functions a contract declares, checked after parsing and before linting or comparing. */
  maxFunctions: number;
  /** Types a contract declares, checked with the functions. */
  maxTypes: number;
  /** Diagnostics printed per file in a text report; the rest are counted ("... and 40 more"). */
  maxFindingsShown: number;
  /** Functions a contract may have for `interlock diagram --format svg`, checked before a browser starts. */
  maxDiagramFunctions: number;
}

export const COST_LIMITS: CostLimits = {
  maxLines: 40_000,
  maxItems: 15_000,
  maxFunctions: 300,
  maxTypes: 300,
  maxFindingsShown: 200,
  maxDiagramFunctions: 200,
};

/** Bytes that open an entry: `,` `[` `{`, and `:` or `-` followed by a blank or a line end. */
const COMMA = 0x2c;
const OPEN_SEQ = 0x5b;
const OPEN_MAP = 0x7b;
const COLON = 0x3a;
const DASH = 0x2d;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isBlankOrEnd(code: number | undefined): boolean {
  return code === undefined || code === SPACE || code === TAB || code === LF || code === CR;
}

function refusal(file: string, line: number, column: number, message: string, hint: string): Diagnostic {
  return { code: 'input-too-large', severity: 'error', message, file, line, column, hint };
}

/**
 * Counts lines and entries in one pass over the raw bytes (or text), before anything is decoded or parsed.
 * The count over-estimates (a comma inside a quoted string counts too), which only matters for contracts far
 * past any real library's size. Columns are in UTF-16 code units, like every other diagnostic's.
 */
export function scanCost(input: Uint8Array | string, file: string, limits: CostLimits = COST_LIMITS): Diagnostic | undefined {
  const isText = typeof input === 'string';
  const length = input.length;
  const at = (i: number): number | undefined => (i < length ? (isText ? (input as string).charCodeAt(i) : (input as Uint8Array)[i]) : undefined);
  let line = 1;
  let column = 1;
  let items = 0;
  for (let i = 0; i < length; i += 1) {
    const c = at(i) as number;
    if (c === LF || (c === CR && at(i + 1) !== LF)) {
      line += 1;
      column = 1;
      if (line > limits.maxLines) {
        return refusal(file, line, 1, `the contract has more than ${limits.maxLines} lines, the most a contract may have`, 'split the library into several contracts, or remove blank and comment lines');
      }
      continue;
    }
    if (c === COMMA || c === OPEN_SEQ || c === OPEN_MAP || ((c === COLON || c === DASH) && isBlankOrEnd(at(i + 1)))) {
      items += 1;
      if (items > limits.maxItems) {
        return refusal(file, line, column, `the contract has more than ${limits.maxItems} YAML entries, the most a contract may have`, 'split the library into several contracts');
      }
    }
    // UTF-8 continuation bytes add no column; a 4-byte sequence is two UTF-16 units.
    if (isText) column += 1;
    else if ((c & 0xc0) !== 0x80) column += c >= 0xf0 ? 2 : 1;
  }
  return undefined;
}

/** The declared sizes a parsed contract may not exceed, as one refusal at the section that is too big. */
export function sizeProblem(counts: { functions: number; types: number }, limits: CostLimits = COST_LIMITS): { section: 'functions' | 'types'; message: string } | undefined {
  if (counts.functions > limits.maxFunctions) {
    return { section: 'functions', message: `the contract declares ${counts.functions} functions; at most ${limits.maxFunctions} are accepted` };
  }
  if (counts.types > limits.maxTypes) {
    return { section: 'types', message: `the contract declares ${counts.types} types; at most ${limits.maxTypes} are accepted` };
  }
  return undefined;
}
