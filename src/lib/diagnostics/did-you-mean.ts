// Did-you-mean suggestions for a mistyped ID or key: edit distance and the nearest candidate, with no dependencies.

/** Levenshtein distance, capped: only near misses become suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = prev[j] ?? 0;
      prev[j] = Math.min(above + 1, (prev[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length] ?? 0;
}

/** Suggestions are skipped for huge name lists: they would cost more than they help. */
const MAX_SUGGESTION_CANDIDATES = 2000;

/** The candidate nearest to `word` (ignoring case), when it is near enough to be the word meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length > MAX_SUGGESTION_CANDIDATES || word.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}
