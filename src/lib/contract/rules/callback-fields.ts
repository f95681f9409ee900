// callback-fields: callbacks say how they find their Go state and on which thread they run; other values don't.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const callbackFields: LintRule = {
  meta: {
    id: 'callback-fields',
    title: 'Callbacks declare context and thread; other values do not',
    severity: 'error',
    description:
      'A parameter of type `callback` states `context` (cgo-handle or go-pointer) and `runs-on` (go-thread or rust-thread). `context`, `runs-on` and `until` are refused on any other parameter.',
    rationale:
      'Whether a callback may run on a Rust-created thread, and how it gets back to its Go state, decides whether the Go side needs cgo.Handle, a mutex or thread attachment. Leaving it implicit is how a callback ends up racing the goroutine that registered it.',
    facts: ['callback.go-from-rust', 'callback.foreign-thread'],
    covers: ['S0-09'],
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const fn of model.functions) {
      for (const p of fn.params) {
        const label = `parameter ${p.name} of ${fn.name}`;
        if (p.type === 'callback') {
          if (p.context === undefined) ctx.report({ path: p.path, message: `callback ${label} does not say how it finds its Go state`, hint: 'add context: cgo-handle (or go-pointer for a call-scoped callback)' });
          if (p.runsOn === undefined) ctx.report({ path: p.path, message: `callback ${label} does not say which thread runs it`, hint: 'add runs-on: go-thread or runs-on: rust-thread' });
          continue;
        }
        const stray = [
          ...(p.context !== undefined ? ['context'] : []),
          ...(p.runsOn !== undefined ? ['runs-on'] : []),
          ...(p.until !== undefined ? ['until'] : []),
        ];
        for (const field of stray) {
          ctx.report({ path: [...p.path, field], part: 'key', message: `${field} applies to callbacks only, but ${label} is a ${p.type}`, hint: field === 'until' ? 'for how long a pointer stays valid, use lifetime: until:<function>' : 'remove it, or make the type callback' });
        }
      }
    }
  },
};
