// Pairs the members of an ordered list across two versions (parameters, struct fields): by name first,
// then a lone rename in place, because C cares about positions and types while people rename things.

interface MatchedMember<T> {
  base: T;
  head: T;
  baseIndex: number;
  headIndex: number;
  /** Paired by position and shape, not by name. */
  renamed: boolean;
}

interface IndexedMember<T> {
  item: T;
  index: number;
}

interface MemberMatch<T> {
  /** In head order. */
  matched: MatchedMember<T>[];
  removed: IndexedMember<T>[];
  added: IndexedMember<T>[];
  /** Some matched members changed their relative order. */
  reordered: boolean;
}

export function matchMembers<T>(base: readonly T[], head: readonly T[], nameOf: (item: T) => string, sameShape: (a: T, b: T) => boolean): MemberMatch<T> {
  const headIndexByName = new Map(head.map((item, index) => [nameOf(item), index]));
  const baseNames = new Set(base.map(nameOf));
  const matched: MatchedMember<T>[] = [];
  const baseLeft: IndexedMember<T>[] = [];
  base.forEach((item, index) => {
    const headIndex = headIndexByName.get(nameOf(item));
    const other = headIndex === undefined ? undefined : head[headIndex];
    if (headIndex === undefined || other === undefined) baseLeft.push({ item, index });
    else matched.push({ base: item, head: other, baseIndex: index, headIndex, renamed: false });
  });
  const headLeft: IndexedMember<T>[] = head.flatMap((item, index) => (baseNames.has(nameOf(item)) ? [] : [{ item, index }]));

  const removed: IndexedMember<T>[] = [];
  for (const gone of baseLeft) {
    const twin = headLeft.findIndex((h) => h.index === gone.index && sameShape(gone.item, h.item));
    const found = headLeft[twin];
    if (twin === -1 || found === undefined) {
      removed.push(gone);
      continue;
    }
    matched.push({ base: gone.item, head: found.item, baseIndex: gone.index, headIndex: found.index, renamed: true });
    headLeft.splice(twin, 1);
  }
  matched.sort((a, b) => a.headIndex - b.headIndex);
  const byBase = [...matched].sort((a, b) => a.baseIndex - b.baseIndex);
  const reordered = byBase.some((m, i) => i > 0 && (byBase[i - 1]?.headIndex ?? -1) > m.headIndex);
  return { matched, removed, added: headLeft, reordered };
}
