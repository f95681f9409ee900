// go-cleanup-not-stopped: a handle has a runtime.AddCleanup safety net that the explicit free leaves armed.
import type { Finding, Probe } from './probe.ts';
import { cName, fieldOf, goFunctions, isDestroy, rootOf } from './go-helpers.ts';

export const goCleanupNotStopped: Probe = {
  meta: {
    id: 'go-cleanup-not-stopped',
    title: 'Close stops the cleanup it registered',
    severity: 'error',
    reads: 'go',
    answers: 'IL-HDL-001',
    description: 'The package stores the result of `runtime.AddCleanup` in a field (`m.cleanup`), and a function that frees a handle field with the destroy function does not call `Stop` on that cleanup field.',
    rationale: 'The cleanup still holds the raw pointer. Once the wrapper is unreachable it frees the pointer a second time, on the runtime\'s cleanup goroutine, at a moment nobody chose: a double free that shows up far from its cause.',
    messages: { armed: '{name} frees {what} with C.{destroy} but does not call {cleanup}.Stop(): the GC cleanup frees it again' },
  },
  check(boundary) {
    const fns = goFunctions(boundary);
    const cleanupFields = new Set(fns.flatMap((f) => f.assigns).filter((a) => /^runtime\.AddCleanup\(/.test(a.value)).map((a) => fieldOf(a.target)).filter((f): f is string => f !== undefined));
    if (cleanupFields.size === 0) return [];
    const out: Finding[] = [];
    for (const fn of fns) {
      for (const call of fn.calls) {
        const name = cName(call);
        if (name === undefined || call.args.length === 0 || !isDestroy(name, boundary)) continue;
        const what = rootOf(call.args[0]!);
        const recv = /^([A-Za-z_]\w*)\./.exec(what)?.[1];
        if (recv === undefined) continue;
        const stopped = [...cleanupFields].some((c) => fn.calls.some((k) => k.callee === `${recv}.${c}.Stop`));
        if (!stopped) out.push({ probe: 'go-cleanup-not-stopped', messageId: 'armed', data: { subject: fn.name, name: fn.name, what, destroy: name, cleanup: `${recv}.${[...cleanupFields][0]!}` }, pos: call.pos });
      }
    }
    return out;
  },
};
