// go-set-finalizer: runtime.SetFinalizer on a wrapper where runtime.AddCleanup is the current advice.
import type { Finding, Probe } from './probe.ts';
import { goFunctions } from './go-helpers.ts';

export const goSetFinalizer: Probe = {
  meta: {
    id: 'go-set-finalizer',
    title: 'Safety nets use runtime.AddCleanup, not SetFinalizer',
    severity: 'warning',
    reads: 'go',
    answers: 'IL-HDL-001',
    description: 'A call to `runtime.SetFinalizer`. Since Go 1.24 `runtime.AddCleanup` is the documented replacement: it can be stopped when Close runs, several can be attached, and it does not resurrect the object.',
    rationale: 'A finalizer that frees a native handle must be cleared on Close (SetFinalizer(x, nil)) or it frees the handle a second time; a finalizer also delays collection by a cycle and breaks on reference cycles. AddCleanup returns a Cleanup whose Stop is the explicit disarm.',
    messages: { finalizer: '{name} sets a finalizer: use runtime.AddCleanup and stop it in Close' },
  },
  check(boundary) {
    const out: Finding[] = [];
    for (const fn of goFunctions(boundary)) {
      for (const call of fn.calls) {
        if (call.callee === 'runtime.SetFinalizer') out.push({ probe: 'go-set-finalizer', messageId: 'finalizer', data: { subject: fn.name, name: fn.name }, pos: call.pos });
      }
    }
    return out;
  },
};
