// borrow-outlives-call: Go memory kept past the call is pinned, and borrowed return values say how long they live.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { holdsGoMemory, typeIndex, valueSites } from './helpers.ts';

export const borrowOutlivesCall: LintRule = {
  meta: {
    id: 'borrow-outlives-call',
    title: 'Borrows that outlive the call are pinned and bounded',
    severity: 'error',
    description:
      'Go memory lent to Rust with a lifetime longer than the call (`until:<fn>`) must be `pinned: true`; Go memory can never have `lifetime: static`. A borrowed return value must state `lifetime: static` or `until:<fn>`, since it outlives the call by definition.',
    rationale:
      'cgo lets C keep no Go pointer after a call returns: the collector may move or free the memory, and cgocheck cannot see a pointer stored inside Rust. Rust must either copy the bytes or Go must pin them with runtime.Pinner until Rust promises to let go. A borrowed result with no stated end is a use-after-free waiting for the next call.',
    facts: ['buffer.go-borrowed', 'buffer.go-retained'],
    covers: ['S0-03', 'S1-07', 'S1-11'],
    messages: {
      noLifetime: '{{site}} is borrowed, so it outlives the call: say until when',
      goMemoryStatic: '{{site}} lends Go memory to Rust for the life of the process',
      notPinned: '{{site}} lets Rust keep Go memory until {{until}}, but it is not pinned',
    },
    hints: {
      noLifetime: 'set lifetime: static or lifetime: until:<function that invalidates it>',
      goMemoryStatic: 'Go memory cannot be static: let Rust copy it (pass: copy) or bound it with until:<function>',
      notPinned: 'set pinned: true (the Go wrapper holds a runtime.Pinner until the call that ends the lifetime returns), or copy the bytes',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const site of valueSites(model)) {
      const { value } = site;
      if (value.pass !== 'borrow') continue;
      const lifetime = value.lifetime;
      if (site.param === undefined) {
        if (lifetime === undefined || lifetime.kind === 'call') {
          ctx.report({
            path: lifetime === undefined ? [...value.path, 'pass'] : [...value.path, 'lifetime'],
            messageId: 'noLifetime',
            data: { site: site.label },
          });
        }
        continue;
      }
      if (!holdsGoMemory(value, types) || lifetime === undefined || lifetime.kind === 'call') continue;
      if (lifetime.kind === 'static') {
        ctx.report({
          path: [...value.path, 'lifetime'],
          messageId: 'goMemoryStatic',
          data: { site: site.label },
        });
      } else if (!value.pinned) {
        ctx.report({
          path: [...value.path, 'lifetime'],
          messageId: 'notPinned',
          data: { site: site.label, until: lifetime.fn },
        });
      }
    }
  },
};
