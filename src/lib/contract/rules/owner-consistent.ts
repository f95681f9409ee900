// owner-consistent: a value's `from` must agree with the owner its declared type states.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { typeIndex, valueSites } from './helpers.ts';

export const ownerConsistent: LintRule = {
  meta: {
    id: 'owner-consistent',
    title: 'Values agree with their type\'s owner',
    severity: 'error',
    description:
      'When a value states `from` and its declared type states `owner`, the two must be the same side.',
    rationale:
      'Ownership is the one question every reviewer asks at the boundary. If the type says Rust owns it and a parameter says Go allocated it, one of them is wrong and the wrong free function will eventually be called.',
    covers: ['S0-01', 'S1-07'],
    messages: {
      ownerDiffers: '{{site}} says from: {{from}}, but {{type}} is owned by {{owner}}',
    },
    hints: {
      ownerDiffers: 'drop from: (it follows from the type) or fix types.{{type}}.owner',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const site of valueSites(model)) {
      const { value } = site;
      const t = types.get(value.type);
      if (value.from === undefined || t === undefined || !('owner' in t) || t.owner === undefined) continue;
      if (t.owner !== value.from) {
        ctx.report({
          path: [...value.path, 'from'],
          messageId: 'ownerDiffers',
          data: { site: site.label, from: value.from!, type: t.name, owner: t.owner! },
        });
      }
    }
  },
};
