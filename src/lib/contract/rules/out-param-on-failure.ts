// out-param-on-failure: an out-parameter written only on success, or only on failure, belongs to a function whose
// failure Go can see (format 1.1).
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const outParamOnFailure: LintRule = {
  meta: {
    id: 'out-param-on-failure',
    title: 'Conditional out-parameters have a visible failure',
    severity: 'error',
    description:
      'A parameter with `out: on-success` belongs to a function whose result tells Go whether it was written: one that declares how it fails (`errors:` other than `none`), or one that returns a value (a found/not-found bool). A parameter with `out: on-failure` belongs to a function that can fail (`errors:` other than `none`).',
    rationale:
      'When the callee writes an out-parameter only on success, the Go wrapper must check the result first: reading the slot after a failure returns whatever was there before, an uninitialised pointer that Go then dereferences or frees. If the function cannot fail and returns nothing, nothing tells the wrapper when the slot is garbage. A slot written only on failure (a trap, an error object) on a function that cannot fail is never written: either the contract hides a failure mode or the parameter is not an out-parameter.',
    facts: ['error.out-param'],
    covers: ['S0-05', 'S1-05'],
    messages: {
      onlyOnSuccess: '{{fn}} writes {{param}} only on success, but returns nothing and declares errors: none',
      onlyOnFailure: '{{fn}} writes {{param}} only on failure, but declares errors: none',
    },
    hints: {
      onlyOnSuccess: 'declare how {{fn}} fails (errors: return-code, object, ...) or write out: always',
      onlyOnFailure: 'declare how {{fn}} fails (errors: object, return-code, ...) or write out: always',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const fn of model.functions) {
      if (fn.errors !== 'none') continue;
      for (const param of fn.params) {
        if (param.out === 'on-success' && fn.returns === undefined) {
          ctx.report({
            path: [...param.path, 'out'],
            messageId: 'onlyOnSuccess',
            data: { fn: fn.name, param: param.name },
          });
        }
        if (param.out === 'on-failure') {
          ctx.report({
            path: [...param.path, 'out'],
            messageId: 'onlyOnFailure',
            data: { fn: fn.name, param: param.name },
          });
        }
      }
    }
  },
};
