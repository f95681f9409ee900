// go-handle-not-deleted: a cgo.NewHandle in a package that never calls Delete on any handle.
import type { Finding, Probe } from './probe.ts';
import { goFunctions } from './go-helpers.ts';

export const goHandleNotDeleted: Probe = {
  meta: {
    id: 'go-handle-not-deleted',
    title: 'Every cgo.Handle is deleted',
    severity: 'error',
    reads: 'go',
    answers: 'IL-CB-001',
    description: 'The package creates a `cgo.NewHandle` but no function in it calls `Delete` on a handle.',
    rationale: 'A cgo.Handle keeps its Go value reachable from a global table until Delete: never deleting it leaks the value and everything it references, for the life of the process.',
    messages: { leaked: '{name} creates a cgo.Handle, but nothing in the package ever calls Delete' },
  },
  check(boundary) {
    const fns = goFunctions(boundary);
    if (fns.some((f) => f.calls.some((c) => /\.Delete$/.test(c.callee) && c.args.length === 0))) return [];
    const out: Finding[] = [];
    for (const fn of fns) {
      for (const call of fn.calls) {
        if (call.callee === 'cgo.NewHandle') out.push({ probe: 'go-handle-not-deleted', messageId: 'leaked', data: { subject: fn.name, name: fn.name }, pos: call.pos });
      }
    }
    return out;
  },
};
