// allow-known-rule: an acknowledgement must name a real rule, or a typo silently acknowledges nothing.
import type { Allowances, ContractModel, SourcePath } from '../model.ts';
import { closest } from '../../diagnostics/did-you-mean.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { didYouMean } from './helpers.ts';

export const allowKnownRule: LintRule = {
  meta: {
    id: 'allow-known-rule',
    title: 'Acknowledgements name existing rules',
    severity: 'error',
    description: 'Every key under an `allow:` map is the ID of a lint rule.',
    rationale:
      'An `allow:` entry is a reviewed exception to the memory contract. If the rule ID is misspelt the exception looks recorded but does not exist, and the finding it meant to cover may be a different one next time.',
    covers: ['S1-19'],
    messages: {
      notARule: 'allow names "{{id}}", which is not a lint rule',
    },
    hints: {
      notARule: 'see the rule list at /lint/',
      didYouMean: 'did you mean "{{suggestion}}"?',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const check = (allow: Allowances, path: SourcePath): void => {
      for (const id of Object.keys(allow)) {
        if (ctx.ruleIds.includes(id)) continue;
        const suggestion = closest(id, ctx.ruleIds);
        ctx.report({ path: [...path, 'allow', id], part: 'key', messageId: 'notARule', ...didYouMean(suggestion, { id }) });
      }
    };
    check(model.allow, []);
    for (const t of model.types) check(t.allow, t.path);
    for (const fn of model.functions) check(fn.allow, fn.path);
  },
};
