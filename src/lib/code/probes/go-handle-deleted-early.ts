// go-handle-deleted-early: a cgo.Handle deleted before the call that stops Rust from using it.
import type { Finding, Probe } from './probe.ts';
import { cName, goFunctions } from './go-helpers.ts';

const STOPS = /(^|_)(stop|unregister|unsubscribe|clear|cancel|free|destroy|close|join|shutdown)(_|$)/;

export const goHandleDeletedEarly: Probe = {
  meta: {
    id: 'go-handle-deleted-early',
    title: 'A cgo.Handle is deleted only after Rust stops calling back',
    severity: 'error',
    reads: 'go',
    answers: 'IL-CB-001',
    description: 'A function calls `Delete` on a handle field (`s.h.Delete()`) and afterwards calls a library function that stops, unregisters or frees (`*_stop`, `*_unregister`, `*_free`, ...) on the same receiver.',
    rationale: 'Until the stop call returns, Rust may still call back with the handle\'s number; after Delete, `Handle.Value` panics ("misuse of an invalid Handle") on a Rust thread, or finds a recycled number that maps to another value.',
    messages: { early: '{name} deletes {handle} before C.{stop}: a callback that runs until {stop} returns uses a deleted handle' },
  },
  check(boundary) {
    const out: Finding[] = [];
    for (const fn of goFunctions(boundary)) {
      for (const [i, del] of fn.calls.entries()) {
        const handle = /^(([A-Za-z_]\w*)\.[\w.]+)\.Delete$/.exec(del.callee);
        if (handle === null || del.args.length !== 0) continue;
        const recv = handle[2]!;
        const stop = fn.calls.slice(i + 1).find((c) => {
          const name = cName(c);
          return name !== undefined && STOPS.test(name) && c.args.some((a) => a.startsWith(`${recv}.`));
        });
        if (stop !== undefined) out.push({ probe: 'go-handle-deleted-early', messageId: 'early', data: { subject: fn.name, name: fn.name, handle: handle[1]!, stop: cName(stop)! }, pos: del.pos });
      }
    }
    return out;
  },
};
