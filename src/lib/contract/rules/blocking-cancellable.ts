// blocking-cancellable: a call that can block has a way for Go to cancel it.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const blockingCancellable: LintRule = {
  meta: {
    id: 'blocking-cancellable',
    title: 'Blocking calls can be cancelled',
    severity: 'warning',
    description:
      'A function with `blocking: true` declares `cancellable: { via: <function> }` so the Go wrapper can honour a context.Context. Acknowledge with `allow: { blocking-cancellable: <reason> }` when the call is bounded some other way.',
    rationale:
      'A cgo call cannot be interrupted from Go: a goroutine stuck in Rust keeps its OS thread, and a context deadline does nothing unless Rust checks a cancellation flag. Stalled calls pile up threads until the service falls over.',
    facts: ['call.blocking', 'call.cancellable'],
    covers: ['S0-25', 'S0-26'],
    messages: {
      notCancellable: '{{fn}} can block, but Go has no way to cancel it',
    },
    hints: {
      notCancellable: 'add cancellable: { via: <function that sets a cancellation flag> }, or acknowledge: allow: { blocking-cancellable: "<how it is bounded>" }',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const fn of model.functions) {
      if (!fn.blocking || fn.cancellable !== undefined) continue;
      ctx.report({
        path: [...fn.path, 'blocking'],
        messageId: 'notCancellable',
        data: { fn: fn.name },
      });
    }
  },
};
