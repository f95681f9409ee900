// go-destroy-keeps-pointer: a wrapper frees its handle field but keeps the freed pointer in the field.
import type { GoCall, GoFunction } from '../model.ts';
import type { Finding, Probe } from './probe.ts';
import { cName, fieldOf, goFunctions, isDestroy, rootOf } from './go-helpers.ts';

export const goDestroyKeepsPointer: Probe = {
  meta: {
    id: 'go-destroy-keeps-pointer',
    title: 'A wrapper clears its handle when it frees it',
    severity: 'error',
    reads: 'go',
    answers: 'IL-HDL-001',
    description: 'A function passes a struct field (`m.h`) to the library\'s destroy function and afterwards in the same function neither assigns that field nor sets a flag of the same object to true (`m.closed = true`). A destroy inside the function literal given to `runtime.SetFinalizer` or `runtime.AddCleanup` is not judged: nothing can reach the object after it runs.',
    rationale: 'The nil check every method makes ("closed?") only works if Close clears the field. Otherwise a call after Close, or a second Close, hands Rust a dangling pointer: a use-after-free or double free that Go\'s tools cannot see inside Rust.',
    messages: { kept: '{name} frees {what} with C.{destroy} but never clears {what}: a later call uses the freed handle' },
  },
  check(boundary) {
    const out: Finding[] = [];
    for (const fn of goFunctions(boundary)) {
      for (const call of fn.calls) {
        const name = cName(call);
        if (name === undefined || call.args.length === 0 || !isDestroy(name, boundary)) continue;
        const what = rootOf(call.args[0]!);
        if (fieldOf(what) === undefined || inFinalizer(fn, call)) continue;
        const after = (a: { pos: { line: number; column: number } }): boolean => a.pos.line > call.pos.line || (a.pos.line === call.pos.line && a.pos.column > call.pos.column);
        // `it.closed = true` after the free: the wrapper marks itself closed instead of clearing the field.
        const owner = what.split('.')[0]!;
        const cleared = fn.assigns.some((a) => after(a) && (a.target === what || (a.target.startsWith(`${owner}.`) && a.value === 'true')));
        if (!cleared) out.push({ probe: 'go-destroy-keeps-pointer', messageId: 'kept', data: { subject: fn.name, name: fn.name, what, destroy: name }, pos: call.pos });
      }
    }
    return out;
  },
};

/** The call is in a func literal handed to SetFinalizer or AddCleanup (rure-go frees its iterator that way). */
function inFinalizer(fn: GoFunction, call: GoCall): boolean {
  const text = `${call.callee}(${call.args.join(', ')})`;
  return fn.calls.some((c) => (c.callee === 'runtime.SetFinalizer' || c.callee === 'runtime.AddCleanup') && c.args.some((a) => a.startsWith('func') && a.includes(text)));
}
