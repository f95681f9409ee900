// error-and-panic-policy: every function states how failures and panics reach Go, consistently.
import type { ContractModel } from '../model.ts';
import { INTEGER_TYPES } from '../schema/vocabulary.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const errorAndPanicPolicy: LintRule = {
  meta: {
    id: 'error-and-panic-policy',
    title: 'Every function declares its error and panic policy',
    severity: 'error',
    description:
      'Each function declares `errors` (out-param, return-code, last-error, object or none) and `panics` (catch or abort). A function with `return-code` returns an integer status (or nothing). A contract whose functions fail with codes declares its stable codes under `errors:`; errors as objects carry their own message.',
    rationale:
      'The error path is the least tested part of a boundary. If a function does not say how it fails, the Go wrapper guesses, and a guess turns a Rust error into a nil error or a panic into a crash. Stable codes with Go sentinels let callers use errors.Is instead of matching message text.',
    facts: ['error.out-param', 'error.return-code', 'error.last-error', 'panic.catch', 'panic.abort'],
    covers: ['S0-05', 'S0-24', 'S1-05', 'S1-10', 'S1-22'],
    messages: {
      noErrors: '{{fn}} does not declare how errors reach Go',
      noPanics: '{{fn}} does not declare what a Rust panic does',
      statusNotInteger: '{{fn}} uses errors: return-code but returns {{type}}, not an integer status',
      noErrorCodes: '{{fn}} can fail, but the contract declares no error codes',
    },
    hints: {
      noErrors: 'add errors: out-param (or return-code, last-error, none)',
      noPanics: 'add panics: catch (catch_unwind at the boundary) or panics: abort',
      statusNotInteger: 'return the status as i32 and hand the value back through an out-parameter, or use errors: out-param',
      noErrorCodes: 'add errors: { 1: { name: invalid-argument, go: ErrInvalidArgument } } at the top level',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    let fallible: { path: readonly (string | number)[]; name: string } | undefined;
    for (const fn of model.functions) {
      if (fn.errors === undefined) {
        ctx.report({ path: fn.path, part: 'key', messageId: 'noErrors', data: { fn: fn.name } });
      } else if (fn.errors !== 'none' && fn.errors !== 'object') {
        // An error object carries its own message: only numeric channels need the code table.
        fallible ??= { path: [...fn.path, 'errors'], name: fn.name };
      }
      if (fn.panics === undefined) {
        ctx.report({ path: fn.path, part: 'key', messageId: 'noPanics', data: { fn: fn.name } });
      }
      if (fn.errors === 'return-code' && fn.returns !== undefined && !INTEGER_TYPES.has(fn.returns.type)) {
        ctx.report({
          path: [...fn.returns.path, 'type'],
          messageId: 'statusNotInteger',
          data: { fn: fn.name, type: fn.returns.type },
        });
      }
    }
    if (fallible !== undefined && model.errors.length === 0) {
      ctx.report({
        path: fallible.path,
        messageId: 'noErrorCodes',
        data: { fn: fallible.name },
      });
    }
  },
};
