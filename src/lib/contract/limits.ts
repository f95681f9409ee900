// Resource caps for untrusted contracts: big enough for any real library, small enough to parse instantly.
export interface ParseLimits {
  /** Bytes of input, checked before decoding or parsing. */
  maxBytes: number;
  /** Nesting of YAML collections (a real contract needs 6). */
  maxDepth: number;
  /** Problems reported per file before the rest are only counted. */
  maxProblems: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 1024 * 1024, maxDepth: 16, maxProblems: 100 };
