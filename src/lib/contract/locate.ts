// Maps a data path (['functions', 'f', 'params', 'x', 'pass']) back to the YAML node it came from, so every
// schema issue and lint finding names the exact line and column in the user's file.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter } from 'yaml';
import type { SourcePath } from './model.ts';

export interface SourcePosition {
  line: number;
  column: number;
}

/** `value`: the value at the path; `key`: the mapping key that names it (for unknown fields, bad names). */
export type PathPart = 'key' | 'value';

export type Locator = (path: SourcePath, part?: PathPart) => SourcePosition;

type Range = readonly [number, number, number] | undefined;

function rangeOf(node: unknown): Range {
  return (node as { range?: [number, number, number] } | null | undefined)?.range ?? undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/**
 * Each mapping's pairs by key, built the first time a path goes through that mapping: a lookup is then a
 * hash probe, not a scan, so locating every finding of a 100,000-function contract stays linear. The first
 * pair with a key wins, as a scan would find it.
 */
function pairIndex(cache: WeakMap<object, Map<string, unknown>>, map: { items: unknown[] }): Map<string, unknown> {
  let index = cache.get(map);
  if (index === undefined) {
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const key = keyText(p.key);
      if (key !== undefined && !index.has(key)) index.set(key, p);
    }
    cache.set(map, index);
  }
  return index;
}

export function makeLocator(doc: Document.Parsed, lineCounter: LineCounter): Locator {
  const cache = new WeakMap<object, Map<string, unknown>>();
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, part = 'value') => {
    let node: unknown = doc.contents;
    let best: number = rangeOf(node)?.[0] ?? 0;
    for (let i = 0; i < path.length; i += 1) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = pairIndex(cache, node).get(String(segment));
        if (pair === undefined || !isPair(pair)) return toPosition(best);
        const keyStart = rangeOf(pair.key)?.[0];
        if (last && part === 'key' && keyStart !== undefined) return toPosition(keyStart);
        node = pair.value;
        // A key with no value (`abi:`) has an empty value range after the colon: point at the key instead.
        const valueRange = rangeOf(node);
        const empty = valueRange === undefined || (isScalar(node) && node.value === null && valueRange[0] === valueRange[1]);
        best = (empty ? keyStart : valueRange?.[0]) ?? keyStart ?? best;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) return toPosition(best);
        node = item;
        best = rangeOf(node)?.[0] ?? best;
      } else {
        return toPosition(best);
      }
    }
    return toPosition(best);
  };
}
