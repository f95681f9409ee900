// Parses and validates one pattern.yaml through the shared input layer (rules/read-yaml.ts): the same YAML
// hardening, wording and Diagnostic as every other file Interlock reads, plus the pattern's own checks.
import type { Locator } from '../contract/locate.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { pattern as patternSchema, type Pattern } from './schema.ts';

type PatternResult =
  | {
      ok: true;
      pattern: Pattern;
      /** Where a value sits in the file, e.g. at(['files', 0, 'path']), for later checks' messages. */
      at: Locator;
    }
  | { ok: false; diagnostics: Diagnostic[] };

interface ParseOptions {
  /** Fact IDs from playbooks/facts.yaml; when given, unknown facts are errors. */
  knownFacts?: ReadonlySet<string>;
  /** The folder name the file lives in; when given, `id` must equal it. */
  folder?: string;
  /** Seed point IDs from content/seed-points.yaml; when given, covering any other is an error. */
  knownSeeds?: ReadonlySet<string>;
}

/** Real pattern.yaml files are a few KB; nesting is three levels (broken, a variant, its files). */
const PATTERN_LIMITS = { maxBytes: 64 * 1024, maxDepth: 8, maxProblems: 50 } as const;

export function parsePattern(input: Uint8Array | string, file: string, opts: ParseOptions = {}): PatternResult {
  const read = readYaml(input, file, patternSchema, 'pattern file', PATTERN_LIMITS, { refuseCommentAfterPlainText: true });
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  const p = read.value;
  const diagnostics: Diagnostic[] = [];
  const problem = (path: readonly (string | number)[], code: string, message: string): void => {
    const { line, column } = read.locate(path);
    diagnostics.push({ code, severity: 'error', message, file, line, column });
  };
  if (opts.folder !== undefined && p.id !== opts.folder) problem(['id'], 'pattern-id-folder', `id "${p.id}" must match its folder name "${opts.folder}"`);
  p.facts.forEach((f, i) => {
    if (opts.knownFacts !== undefined && !opts.knownFacts.has(f)) problem(['facts', i], 'pattern-unknown-fact', `facts[${i}]: unknown fact "${f}" (not in playbooks/facts.yaml)`);
  });
  p.covers.forEach((c, i) => {
    if (opts.knownSeeds !== undefined && !opts.knownSeeds.has(c)) problem(['covers', i], 'pattern-unknown-seed', `covers[${i}]: no such seed point "${c}" (not in content/seed-points.yaml)`);
  });
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, pattern: p, at: read.locate };
}
