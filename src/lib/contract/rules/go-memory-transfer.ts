// go-memory-transfer: Go memory can be lent to Rust, never given away.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { holdsGoMemory, typeIndex, valueSites } from './helpers.ts';

export const goMemoryTransfer: LintRule = {
  meta: {
    id: 'go-memory-transfer',
    title: 'Go memory is never transferred to Rust',
    severity: 'error',
    description:
      'A pointer to Go-allocated memory (a slice, string or Go-owned type) may be passed with `pass: borrow` or `pass: copy`, never `pass: transfer`.',
    rationale:
      'Rust cannot free memory the Go garbage collector owns, and the collector may move or reclaim it once no Go reference remains. "Transferring" Go memory ends in a double free, a free of a non-heap pointer, or a dangling pointer.',
    facts: ['buffer.go-borrowed', 'buffer.go-retained'],
    covers: ['S0-06', 'S1-07'],
    messages: {
      goMemoryTransferred: '{{site}} transfers Go memory to Rust, which cannot free it',
    },
    hints: {
      goMemoryTransferred: 'lend it (pass: borrow, pinned if Rust keeps it) or let Rust copy it (pass: copy)',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const site of valueSites(model)) {
      const { value } = site;
      if (value.pass !== 'transfer' || !holdsGoMemory(value, types)) continue;
      // A struct's own destroy function releases what the struct points to, not the struct Go allocated.
      const t = types.get(value.type);
      if (t?.kind === 'struct' && t.destroy === site.fn.name) continue;
      ctx.report({
        path: [...value.path, 'pass'],
        messageId: 'goMemoryTransferred',
        data: { site: site.label },
      });
    }
  },
};
