// owned-error-freed: a function that reports failures as objects names the error object, and an error object
// Rust hands to Go can be freed (format 1.1).
import type { ContractModel, FunctionModel, OpaqueTypeModel, TypeModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { allocatedBy, typeIndex } from './helpers.ts';

export const ownedErrorFreed: LintRule = {
  meta: {
    id: 'owned-error-freed',
    title: 'Error objects are declared and can be freed',
    severity: 'error',
    description:
      'A function with `errors: object` returns or takes a value of an opaque type marked `error: true`; when Rust hands such an error to Go (`pass: transfer`), its type names a destroy function.',
    rationale:
      'An error object is memory on the failure path, the path tests reach least: each failed call that hands Go an error nobody frees leaks it, and under a retry loop the leak grows with the failure rate. Naming the error type is also what lets the wrapper turn it into a Go error and free it in the same place.',
    facts: ['error.out-param'],
    covers: ['S0-05', 'S0-23', 'S1-05'],
    messages: {
      noErrorValue: '{{fn}} reports errors as objects, but none of its values is an error object',
      errorNotFreed: '{{fn}} hands Go a {{type}} error, but nothing frees it',
    },
    hints: {
      noErrorValue: 'mark the error type with error: true and pass or return it from this function',
      errorNotFreed: 'add destroy: <the function that frees it> to types.{{type}}',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const fn of model.functions) {
      if (fn.errors !== 'object') continue;
      const carriers = errorValues(fn, types);
      if (carriers.length === 0) {
        ctx.report({
          path: [...fn.path, 'errors'],
          messageId: 'noErrorValue',
          data: { fn: fn.name },
        });
      }
      for (const { value, type } of carriers) {
        if (value.pass !== 'transfer' || allocatedBy(value, types) !== 'rust' || type.destroy !== undefined) continue;
        ctx.report({
          path: [...value.path, 'pass'],
          messageId: 'errorNotFreed',
          data: { fn: fn.name, type: type.name },
        });
      }
    }
  },
};

function errorValues(fn: FunctionModel, types: ReadonlyMap<string, TypeModel>) {
  const values = [...fn.params, ...(fn.returns !== undefined ? [fn.returns] : [])];
  return values.flatMap((value) => {
    const type = types.get(value.type);
    return type?.kind === 'opaque' && type.error === true ? [{ value, type: type as OpaqueTypeModel }] : [];
  });
}
