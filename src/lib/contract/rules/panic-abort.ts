// panic-abort: a function whose panic aborts the process is flagged so the choice is deliberate and reviewed.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const panicAbort: LintRule = {
  meta: {
    id: 'panic-abort',
    title: 'A panic that aborts the process is acknowledged',
    severity: 'warning',
    description:
      'Flags every function with `panics: abort`. Acknowledge it with `allow: { panic-abort: <reason> }` on the function when aborting is the intended outcome.',
    rationale:
      'Since Rust 1.81 a panic unwinding out of an extern "C" function aborts the whole process: the Go service, its other goroutines and in-flight requests die with it, and no deferred Go code runs. Sometimes that is right (state that must not be used again), but it should be a decision someone wrote down, not a default.',
    facts: ['panic.abort'],
    covers: ['S1-10', 'S0-18', 'S1-28', 'S1-19'],
    messages: {
      aborts: 'a Rust panic in {{fn}} aborts the whole Go process',
    },
    hints: {
      aborts: 'use panics: catch (catch_unwind -> error code), or acknowledge it: allow: { panic-abort: "<why aborting is right>" }',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const fn of model.functions) {
      if (fn.panics !== 'abort') continue;
      ctx.report({
        path: [...fn.path, 'panics'],
        messageId: 'aborts',
        data: { fn: fn.name },
      });
    }
  },
};
