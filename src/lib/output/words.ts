// Small pieces of English every face prints the same way.

/** "1 problem", "3 problems"; `many` for words whose plural is not word + s. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
