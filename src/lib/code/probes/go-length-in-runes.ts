// go-length-in-runes: a length handed to C counted in characters (runes) instead of bytes.
import type { Finding, Probe } from './probe.ts';
import { expressions, goFunctions } from './go-helpers.ts';

const RUNES = /\bC\.\w+\(\s*utf8\.RuneCount(InString)?\(/;

export const goLengthInRunes: Probe = {
  meta: {
    id: 'go-length-in-runes',
    title: 'Lengths that cross are byte counts',
    severity: 'error',
    reads: 'go',
    answers: 'IL-BUF-005',
    description: 'A `utf8.RuneCount` or `utf8.RuneCountInString` result converted to a C type: a character count where the C side expects the length in bytes.',
    rationale: 'Rust builds the slice with `from_raw_parts(ptr, len)`: the two counts agree for ASCII and the tests pass, then the first multi-byte character cuts the string short, possibly inside a character.',
    messages: { runes: '{name} passes a rune count as a C length: pass len(s), the length in bytes' },
  },
  check(boundary) {
    const out: Finding[] = [];
    for (const fn of goFunctions(boundary)) {
      const hit = expressions(fn).find((e) => RUNES.test(e.text));
      if (hit !== undefined) out.push({ probe: 'go-length-in-runes', messageId: 'runes', data: { subject: fn.name, name: fn.name }, pos: { file: fn.pos.file, line: hit.line, column: hit.column } });
    }
    return out;
  },
};
