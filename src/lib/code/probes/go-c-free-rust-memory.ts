// go-c-free-rust-memory: Go calls C.free on memory that came from the library, not from a C allocator.
import type { GoFunction } from '../model.ts';
import type { Finding, Probe } from './probe.ts';
import { cName, goFunctions, rootOf } from './go-helpers.ts';

const C_ALLOCATION = /\bC\.(CString|CBytes|malloc|calloc|realloc|strdup)\(/;

/** Package functions that return what a C allocator returned (`func cString(s) *C.char { return C.CString(s) }`). */
function allocatorFunctions(fns: readonly GoFunction[]): Set<string> {
  return new Set(fns.filter((f) => f.receiver === undefined && f.returns.some((r) => C_ALLOCATION.test(r.text))).map((f) => f.name));
}

function fromC(value: string, allocators: ReadonlySet<string>): boolean {
  const call = /^(?:\([^)]*\))?\(?([A-Za-z_]\w*)\(/.exec(value.replace(/^\(\*?C\.\w+\)/, ''));
  return C_ALLOCATION.test(value) || (call !== null && allocators.has(call[1]!));
}

export const goCFreeRustMemory: Probe = {
  meta: {
    id: 'go-c-free-rust-memory',
    title: 'C.free only frees memory from a C allocator',
    severity: 'error',
    reads: 'go',
    answers: 'IL-OWN-003',
    description: 'A `C.free(x)` where `x` is a struct field, or a variable filled by a library call (not by a C function of the package\'s own cgo preamble), and nothing in the Go package assigns it from `C.CString`, `C.CBytes`, `C.malloc`, `C.calloc`, `C.realloc` or a helper returning one of them. A plain parameter is not judged: where it came from is the caller\'s business.',
    rationale: 'Rust\'s global allocator is malloc today, so C.free on Rust memory "works" and ASan and valgrind stay silent; switch the allocator (jemalloc, mimalloc, a counting allocator) and it corrupts the heap or leaks.',
    messages: { foreign: '{name} frees {what} with C.free, but it did not come from a C allocator: hand it back to the library\'s free function' },
  },
  check(boundary) {
    const fns = goFunctions(boundary);
    const allocators = allocatorFunctions(fns);
    const cAllocated = new Set(fns.flatMap((f) => f.assigns).filter((a) => fromC(a.value, allocators)).map((a) => a.target));
    // C functions the package defines in its own cgo preamble are C code, not the library (rure-go's
    // rure_iter_collect fills its out-parameter with realloc).
    const preamble = new Set(boundary.go.flatMap((f) => f.preambleFunctions));
    const out: Finding[] = [];
    for (const fn of fns) {
      for (const call of fn.calls) {
        if (cName(call) !== 'free' || call.args.length !== 1) continue;
        const what = rootOf(call.args[0]!);
        if (cAllocated.has(what) || fromC(what, allocators) || !fromLibrary(what, fn, preamble)) continue;
        out.push({ probe: 'go-c-free-rust-memory', messageId: 'foreign', data: { subject: fn.name, name: fn.name, what }, pos: call.pos });
      }
    }
    return out;
  },
};

/** A field, or a local the library filled (assigned from a library call, or passed as `&v` to one). */
function fromLibrary(what: string, fn: GoFunction, preamble: ReadonlySet<string>): boolean {
  if (/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(what)) return true;
  if (fn.params.includes(what)) return false;
  const library = (name: string | undefined): boolean => name !== undefined && !preamble.has(name);
  return fn.assigns.some((a) => a.target === what && library(/^C\.(\w+)\(/.exec(a.value)?.[1])) || fn.calls.some((c) => library(cName(c)) && c.args.includes(`&${what}`));
}
