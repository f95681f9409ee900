// transfer-needs-destroy: memory Rust hands to Go must come with the Rust function that frees it.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { allocatedBy, typeIndex, valueSites } from './helpers.ts';

export const transferNeedsDestroy: LintRule = {
  meta: {
    id: 'transfer-needs-destroy',
    title: 'Rust memory transferred to Go has a destroy function',
    severity: 'error',
    description:
      'A value passed with `pass: transfer` whose memory Rust allocated must have a type that names its `destroy` function (or, for buffers, an `arena` release function); this holds for structs Rust allocates too. Raw `bytes` or `string` cannot be transferred from Rust: declare a buffer or string type that says how it is freed.',
    rationale:
      'Go cannot free Rust memory: C.free on a Rust allocation is undefined behaviour (and invisible to ASan and valgrind when Rust uses malloc), and forgetting to free it leaks. The only correct release is the owner\'s own function, so the contract must name it.',
    facts: ['buffer.rust-owned', 'handle.opaque', 'buffer.arena'],
    covers: ['S0-23', 'S1-07', 'S1-01'],
    messages: {
      rawTransfer: '{{site}} transfers raw {{type}} from Rust, but nothing says how Go gives the memory back',
      noDestroy: '{{site}} transfers a {{type}} to Go, but {{type}} has no destroy function',
    },
    hints: {
      rawTransfer: 'declare a {{kind}} type with owner: rust and destroy: <free function>, and use it as the type',
      noDestroy: 'add destroy: <function> to types.{{type}} (the Rust function that frees it)',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const site of valueSites(model)) {
      const { value } = site;
      if (value.pass !== 'transfer' || allocatedBy(value, types) === 'go') continue;
      if (value.type === 'bytes' || value.type === 'string') {
        ctx.report({
          path: [...value.path, 'pass'],
          messageId: 'rawTransfer',
          data: { site: site.label, type: value.type, kind: value.type === 'bytes' ? 'buffer' : 'string' },
        });
        continue;
      }
      const t = types.get(value.type);
      if (t === undefined || t.kind === 'enum') continue;
      // A struct has no default owner: only one the contract says Rust allocated needs Rust's free.
      if (t.kind === 'struct' ? allocatedBy(value, types) !== 'rust' : t.owner !== 'rust') continue;
      if (t.kind === 'opaque' && t.error === true) continue; // owned-error-freed says it in words about errors
      const released = t.destroy !== undefined || (t.kind === 'buffer' && t.arena !== undefined);
      if (!released) {
        ctx.report({
          path: [...value.path, 'pass'],
          messageId: 'noDestroy',
          data: { site: site.label, type: t.name },
        });
      }
    }
  },
};
