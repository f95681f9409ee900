// go-cbytes-as-cstring: C.CBytes turned into a *C.char, a C string with no terminating NUL.
import type { Finding, Probe } from './probe.ts';
import { expressions, goFunctions } from './go-helpers.ts';

const CAST = /\(\*C\.(char|uchar|schar)\)\(C\.CBytes\((.*)\)\)/;

export const goCBytesAsCString: Probe = {
  meta: {
    id: 'go-cbytes-as-cstring',
    title: 'A C string from Go ends with a NUL',
    severity: 'error',
    reads: 'go',
    answers: 'IL-BUF-005',
    description: 'A `C.CBytes(...)` result converted to `*C.char` when the bytes are not visibly NUL-terminated (no trailing `0` appended). `C.CString` adds the NUL; `C.CBytes` copies the bytes only.',
    rationale: 'Rust reads a `*const c_char` with `CStr::from_ptr`, which scans for the NUL: without one it reads past the allocation into whatever follows, a heap over-read that only AddressSanitizer reports.',
    messages: { unterminated: '{name} passes C.CBytes(...) as a C string: the copy has no terminating NUL; use C.CString' },
  },
  check(boundary) {
    const out: Finding[] = [];
    for (const fn of goFunctions(boundary)) {
      const hit = expressions(fn).find((e) => {
        const m = CAST.exec(e.text);
        return m !== null && !/,\s*0\s*\)$|\\x00|\\0/.test(m[2]!);
      });
      if (hit !== undefined) out.push({ probe: 'go-cbytes-as-cstring', messageId: 'unterminated', data: { subject: fn.name, name: fn.name }, pos: { file: fn.pos.file, line: hit.line, column: hit.column } });
    }
    return out;
  },
};
