// Size bounds for source input: a scan refuses what it cannot read in reasonable time and memory.
export const CODE_LIMITS = {
  /** Bytes in one source file. */
  maxFileBytes: 4 * 1024 * 1024,
  /** Source files in one scan (a Rust crate's modules plus a Go package's files). */
  maxFiles: 5000,
} as const;
