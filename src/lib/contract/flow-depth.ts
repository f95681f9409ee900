// A linear pre-scan for flow-collection nesting ([ and {), run before the YAML parser: the parser's cost
// grows badly with nesting (a megabyte of "[" takes it seconds), while no contract nests flows deeply.
// It follows YAML's token rules just enough to skip quoted scalars and comments.

const TOKEN_BOUNDARY = new Set([' ', '\t', '\n', '\r', '[', '{', ',', ':', '-', '?']);

/** Offset of the first opening bracket nested deeper than maxDepth, or -1. */
export function flowTooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const atBoundary = i === 0 || TOKEN_BOUNDARY.has(text[i - 1] ?? '');
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n' || text[i - 1] === '\r')) {
      while (i < n && text[i] !== '\n') i += 1;
      continue;
    }
    if (c === '"' && atBoundary) {
      i += 1;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i += 1;
      continue;
    }
    if (c === "'" && atBoundary) {
      i += 1;
      while (i < n) {
        if (text[i] === "'") {
          if (text[i + 1] === "'") { i += 2; continue; }
          break;
        }
        i += 1;
      }
      i += 1;
      continue;
    }
    if (c === '[' || c === '{') {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth -= 1;
    }
    i += 1;
  }
  return -1;
}
