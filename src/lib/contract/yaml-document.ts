// Text -> one YAML document, with the parser hardened for untrusted input: YAML 1.2 core schema only,
// no merge keys, no aliases, no tags, no directives but %YAML 1.2, unique keys, bounded depth.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode, ParseOptions, DocumentOptions, SchemaOptions } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParseLimits } from './limits.ts';
import { printable } from './names.ts';
import type { YamlCode } from './codes.ts';
import { flowTooDeepAt } from './flow-depth.ts';
import { positionOf } from './decode.ts';

const HARDENED_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  // yaml's own duplicate check compares each key with every earlier one, so a 60,000-key map takes
  // minutes. The walk below refuses duplicate keys with a Set instead (every key is a plain scalar by then).
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
  intAsBigInt: false,
  keepSourceTokens: false,
};

/** toJS options: an alias that slipped past the AST walk still cannot expand. */
export const TO_JS_OPTIONS = { maxAliasCount: 0, mapAsMap: false } as const;

interface YamlParsed {
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** yaml's error codes that have a more specific stable code of ours. */
const YAML_ERROR_CODES: Readonly<Record<string, YamlCode>> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  RESOURCE_EXHAUSTION: 'yaml-too-deep',
  TAG_RESOLVE_FAILED: 'yaml-tag',
  BAD_DIRECTIVE: 'yaml-directive',
  BAD_ALIAS: 'yaml-alias',
};

const YAML_HINTS: Partial<Record<YamlCode, string>> = {
  'yaml-duplicate-key': 'each key may appear once per mapping: merge the two entries',
  'yaml-alias': 'write the value out again instead of referring to an anchor',
  'yaml-merge-key': 'copy the fields into this mapping',
  'yaml-tag': 'remove the tag: contracts use plain strings, numbers, booleans, lists and maps',
  'yaml-directive': 'remove the directive (contracts are YAML 1.2)',
  'yaml-multiple-documents': 'keep one contract per file',
  'yaml-complex-key': 'use a plain name as the key',
  'yaml-reserved-key': 'rename the key',
  'yaml-too-deep': 'a contract never needs more than a few levels of nesting',
};

export function parseYaml(text: string, file: string, limits: ParseLimits): YamlParsed {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (code: YamlCode, message: string, offset: number): void => {
    // Past the cap the rest would only be counted; stop paying for positions and messages.
    if (diagnostics.length > limits.maxProblems) return;
    const { line, col } = lineCounter.linePos(offset);
    const d: Diagnostic = { code, severity: 'error', message, file, line, column: col };
    const hint = YAML_HINTS[code];
    if (hint !== undefined) d.hint = hint;
    diagnostics.push(d);
  };

  const deepAt = flowTooDeepAt(text, limits.maxDepth);
  if (deepAt >= 0) {
    // Refused before parsing, so the position comes from the text rather than the parser's line counter.
    const { line, column } = positionOf(text, deepAt);
    const message = `collections are nested more than ${limits.maxDepth} levels deep`;
    return { lineCounter, diagnostics: [{ code: 'yaml-too-deep', severity: 'error', message, file, line, column, hint: YAML_HINTS['yaml-too-deep'] ?? '' }] };
  }

  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { ...HARDENED_OPTIONS, lineCounter });
    docs = [...parsed];
    // An empty stream (only comments or directives) carries its errors on the stream itself.
    if ('empty' in parsed) {
      for (const e of parsed.errors) at(YAML_ERROR_CODES[e.code] ?? 'yaml-syntax', yamlMessage(e.code, e.message), e.pos[0]);
    }
  } catch (error) {
    // The parser guards itself, but a contract must never crash the tool whatever the input.
    at('yaml-syntax', `the YAML parser gave up: ${firstLine(error instanceof Error ? error.message : String(error))}`, 0);
    return { lineCounter, diagnostics };
  }
  if (docs.length === 0) {
    if (diagnostics.length === 0) {
      diagnostics.push({ code: 'input-empty', severity: 'error', message: 'the file holds no YAML document', file, line: 1, column: 1, hint: 'start from a sample contract: interlock: 1, library, functions' });
    }
    return { lineCounter, diagnostics };
  }
  const [doc, ...extra] = docs;
  if (doc === undefined) return { lineCounter, diagnostics };
  for (const d of extra) at('yaml-multiple-documents', 'the file holds more than one YAML document', d.range[0]);

  // Unresolved-tag warnings are left to the walk below, which refuses every explicit tag, known or not.
  for (const e of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
    at(YAML_ERROR_CODES[e.code] ?? 'yaml-syntax', yamlMessage(e.code, e.message), e.pos[0]);
  }
  if (doc.directives.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    at('yaml-directive', `%YAML ${doc.directives.yaml.version} is refused: contracts are YAML 1.2 (1.1 turns on merge keys and yes/no booleans)`, Math.max(0, text.search(/^%YAML/m)));
  }
  if (Object.keys(doc.directives.tags).some((handle) => handle !== '!' && handle !== '!!')) {
    at('yaml-directive', '%TAG directives are refused: contracts use no tags', Math.max(0, text.search(/^%TAG/m)));
  }
  walk(doc, text, limits, at);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { doc, lineCounter, diagnostics: dedupe(diagnostics) };
}

/** Iterative walk (no recursion: the depth is what is being checked) for aliases, tags, odd keys, merge keys. */
function walk(doc: Document.Parsed, text: string, limits: ParseLimits, at: (code: YamlCode, message: string, offset: number) => void): void {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 1 }];
  let reportedDepth = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    if (node === null || node === undefined) continue;
    if (isAlias(node)) {
      at('yaml-alias', `the alias *${node.source} is refused: contracts use no anchors or aliases`, node.range?.[0] ?? 0);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    const yamlNode = node as YamlNode;
    if (yamlNode.tag !== undefined) {
      const nodeStart = yamlNode.range?.[0] ?? 0;
      let tagStart = text.lastIndexOf('!', Math.max(0, nodeStart - 1));
      // A tag is one token (`!!binary`, `!e!foo`, `!<tag:x>`): step back to its first character.
      while (tagStart > 0 && !/[\s[\]{},]/.test(text.charAt(tagStart - 1))) tagStart -= 1;
      at('yaml-tag', `the tag ${yamlNode.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is refused: contracts use plain values`, tagStart >= 0 ? tagStart : nodeStart);
    }
    if (isScalar(node)) continue;
    if (depth > limits.maxDepth) {
      if (!reportedDepth) at('yaml-too-deep', `collections are nested more than ${limits.maxDepth} levels deep`, node.range?.[0] ?? 0);
      reportedDepth = true;
      continue;
    }
    if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i -= 1) stack.push({ node: node.items[i], depth: depth + 1 });
      continue;
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isPair(pair) ? pair.key : undefined;
      if (!isScalar(key) || key.value === null) continue;
      const name = String(key.value);
      if (seen.has(name)) at('yaml-duplicate-key', `the key "${printable(name)}" appears twice in this mapping`, key.range?.[0] ?? 0);
      seen.add(name);
    }
    for (let i = node.items.length - 1; i >= 0; i -= 1) {
      const pair = node.items[i];
      if (!isPair(pair)) continue;
      const key = pair.key;
      stack.push({ node: pair.value, depth: depth + 1 });
      if (isScalar(key)) {
        if (key.value === null || key.value === '') {
          at('yaml-complex-key', 'an empty or null key is refused', key.range?.[0] ?? node.range?.[0] ?? 0);
        } else if (typeof key.value === 'string' && RESERVED_KEYS.has(key.value)) {
          // Converting such a key to a JavaScript object would set a prototype instead of a field.
          at('yaml-reserved-key', `the key "${key.value}" is refused: it is not a valid name and JavaScript treats it specially`, key.range?.[0] ?? 0);
        } else if (key.value === '<<' && key.type === 'PLAIN') {
          at('yaml-merge-key', 'merge keys (<<) are refused: contracts spell every field out', key.range?.[0] ?? 0);
        }
        stack.push({ node: key, depth: depth + 1 });
      } else if (isAlias(key)) {
        stack.push({ node: key, depth: depth + 1 });
      } else {
        const offset = (key as { range?: [number, number, number] } | null)?.range?.[0] ?? node.range?.[0] ?? 0;
        at('yaml-complex-key', 'a key must be a plain name, not a list, a map or nothing', offset);
      }
    }
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function yamlMessage(code: string, message: string): string {
  const text = firstLine(message);
  if (code === 'TAG_RESOLVE_FAILED') return `${text.replace(/tag:yaml\.org,2002:/, '!!')} (tags are refused)`;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** yaml may report one problem twice (a warning and our walk); keep the first per position and code. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The document as plain data, for a document the walk accepted (no aliases, tags or odd keys, bounded
 * depth, so plain recursion is safe). Cheaper than yaml's toJS, which tracks anchors we refuse anyway.
 */
export function toPlainData(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(toPlainData);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      out[String(pair.key.value)] = toPlainData(pair.value);
    }
    return out;
  }
  return null;
}
