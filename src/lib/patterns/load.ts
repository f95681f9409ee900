// Parses and validates one pattern.yaml, reporting every problem as file:line:column (pure: no fs).
import { isCollection, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { commentsAfterPlainText } from '../rules/plain-text-comments.ts';
import { pattern as patternSchema, type Pattern } from './schema.ts';

interface PatternIssue {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  message: string;
}

type PatternResult =
  | {
      ok: true;
      pattern: Pattern;
      /** Where a value sits in the file, e.g. at(['files', 0, 'path']), for later checks' messages. */
      at: (path: ReadonlyArray<string | number>) => { line: number; col: number };
    }
  | { ok: false; issues: PatternIssue[] };

interface ParseOptions {
  /** Fact IDs from playbooks/facts.yaml; when given, unknown facts are errors. */
  knownFacts?: ReadonlySet<string>;
  /** The folder name the file lives in; when given, `id` must equal it. */
  folder?: string;
}

/** Largest pattern.yaml we accept; real ones are a few KB. */
const MAX_PATTERN_BYTES = 64 * 1024;

export function formatIssue(i: PatternIssue): string {
  return `${i.file}:${i.line}:${i.col}: ${i.message}`;
}

/** Decodes bytes strictly as UTF-8 (invalid bytes are an error, not U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, file: string): string | PatternIssue {
  if (bytes.byteLength > MAX_PATTERN_BYTES) {
    return { file, line: 1, col: 1, message: `file is larger than ${MAX_PATTERN_BYTES} bytes` };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { file, line: 1, col: 1, message: 'file is not valid UTF-8' };
  }
}

export function parsePattern(text: string, file: string, opts: ParseOptions = {}): PatternResult {
  if (text.length > MAX_PATTERN_BYTES) {
    return { ok: false, issues: [{ file, line: 1, col: 1, message: `file is larger than ${MAX_PATTERN_BYTES} bytes` }] };
  }
  const lc = new LineCounter();
  const at = (offset: number, message: string): PatternIssue => {
    const { line, col } = lc.linePos(offset);
    return { file, line, col, message };
  };
  let doc: Document;
  try {
    // Hardened YAML 1.2: core schema, no merge keys, no custom tags, no aliases, unique keys.
    doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      merge: false,
      resolveKnownTags: false,
      uniqueKeys: true,
      prettyErrors: false,
      lineCounter: lc,
    });
  } catch (e) {
    return { ok: false, issues: [{ file, line: 1, col: 1, message: `YAML: ${(e as Error).message}` }] };
  }
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return { ok: false, issues: problems.map((e) => at(e.pos[0], `YAML: ${e.message.split('\n')[0]}`)) };
  }
  // Aliases are refused outright (no billion-laughs, and a pattern has no reason to repeat itself).
  const aliases: PatternIssue[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push(at(node.range?.[0] ?? 0, 'YAML: aliases (*name) are not allowed'));
    },
  });
  if (aliases.length > 0) return { ok: false, issues: aliases };
  // A summary such as `... uses #[unsafe(no_mangle)] ...` unquoted would end at the "#" without a word said.
  const cut = commentsAfterPlainText(doc, text).map(({ offset, value }) => at(offset, `YAML: a "#" after unquoted text starts a comment, so the value ends at "${value.length > 40 ? `…${value.slice(-40)}` : value}"; quote the whole value`));
  if (cut.length > 0) return { ok: false, issues: cut };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    return { ok: false, issues: [at(0, `YAML: ${(e as Error).message}`)] };
  }

  // Map a data path (["broken", 0, "expect"]) to the deepest YAML node that exists on it.
  const locate = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) {
        // A missing key inside a collection: point at the collection, not the whole document.
        return node.range[0];
      }
    }
    return 0;
  };

  const locateKey = (path: readonly PropertyKey[], key: string): number => {
    const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return pair.key.range[0];
      }
    }
    return locate(path);
  };

  const parsed = patternSchema.safeParse(data);
  const issues: PatternIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(document)';
      if (issue.code === 'unrecognized_keys') {
        // Point at each unknown key itself rather than at the mapping that holds it.
        for (const key of issue.keys) issues.push(at(locateKey(issue.path, key), `${where}: unknown key "${key}"`));
      } else {
        issues.push(at(locate(issue.path), `${where}: ${issue.message}`));
      }
    }
    return { ok: false, issues };
  }
  const p = parsed.data;
  if (opts.folder !== undefined && p.id !== opts.folder) {
    issues.push(at(locate(['id']), `id: "${p.id}" must match its folder name "${opts.folder}"`));
  }
  if (opts.knownFacts) {
    p.facts.forEach((f, i) => {
      if (!opts.knownFacts?.has(f)) issues.push(at(locate(['facts', i]), `facts.${i}: unknown fact "${f}" (not in playbooks/facts.yaml)`));
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, pattern: p, at: (path) => lc.linePos(locate(path)) };
}

/** Fact IDs declared in the text of playbooks/facts.yaml (its `facts:` mapping keys). */
export function parseFactIds(text: string): Set<string> {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', merge: false, resolveKnownTags: false });
  if (doc.errors.length > 0) throw new Error(`facts.yaml: ${doc.errors[0]?.message}`);
  const facts = doc.get('facts', true);
  const ids = new Set<string>();
  if (isCollection(facts)) {
    for (const item of facts.items) {
      const key = (item as { key?: unknown }).key;
      const v = isNode(key) ? (key as { value?: unknown }).value : key;
      if (typeof v === 'string') ids.add(v);
    }
  }
  return ids;
}
