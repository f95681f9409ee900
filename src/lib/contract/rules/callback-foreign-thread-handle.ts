// callback-foreign-thread-handle: a callback Rust keeps, or runs on its own threads, reaches Go through cgo.Handle.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const callbackForeignThreadHandle: LintRule = {
  meta: {
    id: 'callback-foreign-thread-handle',
    title: 'Callbacks on Rust threads or kept by Rust use a cgo.Handle',
    severity: 'error',
    description:
      'A callback with `runs-on: rust-thread`, or one Rust keeps after the call (`until`), must use `context: cgo-handle`. A raw Go pointer (`go-pointer`) is only allowed for a callback that runs synchronously on the calling goroutine\'s thread during the call.',
    rationale:
      'The cgo pointer rules forbid C from keeping a Go pointer after the call returns, and a Go pointer handed to another thread can be collected or moved under it. A cgo.Handle is an integer that stays valid until Go deletes it, which is exactly what a callback registration needs; deleting it when the registration ends also tells you when the callback may no longer run.',
    facts: ['callback.foreign-thread', 'callback.go-from-rust'],
    covers: ['S0-09', 'S0-03'],
    messages: {
      rawPointer: 'callback {{callback}} of {{fn}} {{reason}} but passes a raw Go pointer as its context',
    },
    hints: {
      rawPointer: 'use context: cgo-handle (cgo.NewHandle, deleted when the registration ends)',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const fn of model.functions) {
      for (const p of fn.params) {
        if (p.type !== 'callback' || p.context !== 'go-pointer') continue;
        const reason = p.runsOn === 'rust-thread' ? 'runs on a Rust thread' : p.until !== undefined ? `is kept by Rust until ${p.until}` : undefined;
        if (reason === undefined) continue;
        ctx.report({
          path: [...p.path, 'context'],
          messageId: 'rawPointer',
          data: { callback: p.name, fn: fn.name, reason },
        });
      }
    }
  },
};
