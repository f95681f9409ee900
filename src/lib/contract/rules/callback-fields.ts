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
    messages: {
      noContext: 'callback {{callback}} does not say how it finds its Go state',
      noThread: 'callback {{callback}} does not say which thread runs it',
      callbackOnly: '{{field}} applies to callbacks only, but {{callback}} is a {{type}}',
    },
    hints: {
      noContext: 'add context: cgo-handle (or go-pointer for a call-scoped callback)',
      noThread: 'add runs-on: go-thread or runs-on: rust-thread',
      callbackOnly: 'remove it, or make the type callback',
      useLifetime: 'for how long a pointer stays valid, use lifetime: until:<function>',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const fn of model.functions) {
      for (const p of fn.params) {
        const label = `parameter ${p.name} of ${fn.name}`;
        if (p.type === 'callback') {
          if (p.context === undefined) ctx.report({ path: p.path, messageId: 'noContext', data: { callback: label } });
          if (p.runsOn === undefined) ctx.report({ path: p.path, messageId: 'noThread', data: { callback: label } });
          continue;
        }
        const stray = [
          ...(p.context !== undefined ? ['context'] : []),
          ...(p.runsOn !== undefined ? ['runs-on'] : []),
          ...(p.until !== undefined ? ['until'] : []),
        ];
        for (const field of stray) {
          ctx.report({ path: [...p.path, field], part: 'key', messageId: 'callbackOnly', data: { field, callback: label, type: p.type }, ...(field === 'until' ? { hintId: 'useLifetime' } : {}) });
        }
      }
    }
  },
};
