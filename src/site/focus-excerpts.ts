// The lines of a pattern file that matter, as excerpts a reader sees first (the whole file stays one click
// away): each focus range from pattern.yaml with a line of context, overlapping ranges merged.

interface Excerpt {
  /** 1-based, inclusive. */
  from: number;
  to: number;
  code: string;
}

/** Parses "12-30, 41" into inclusive [from, to] pairs; a range outside the file is an error naming it. */
function parseRanges(focus: ReadonlyArray<{ range: string }>, lineCount: number, where: string): Array<[number, number]> {
  return focus.map(({ range }) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(range.trim());
    const from = Number(m?.[1]);
    const to = Number(m?.[2] ?? m?.[1]);
    if (m === null || from < 1 || to < from || to > lineCount) throw new Error(`${where}: focus range "${range}" is not within lines 1-${lineCount}`);
    return [from, to];
  });
}

export function focusExcerpts(code: string, focus: ReadonlyArray<{ range: string }>, where: string, context = 1): Excerpt[] {
  const lines = code.split('\n');
  const widened = parseRanges(focus, lines.length, where)
    .map(([from, to]): [number, number] => [Math.max(1, from - context), Math.min(lines.length, to + context)])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of widened) {
    const last = merged.at(-1);
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged.map(([from, to]) => ({ from, to, code: lines.slice(from - 1, to).join('\n') }));
}
