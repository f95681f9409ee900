// opaque-create-destroy: a Rust-owned opaque handle has a way in (create) and exactly one way out (destroy).
import type { ContractModel, FunctionModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { functionIndex } from './helpers.ts';
import { INTEGER_TYPES } from '../schema/vocabulary.ts';

export const opaqueCreateDestroy: LintRule = {
  meta: {
    id: 'opaque-create-destroy',
    title: 'Opaque handles have create and destroy functions that match',
    severity: 'error',
    description:
      'A Rust-owned opaque type lists at least one `create` function and one `destroy` function (a child handle with `parent:` may have none: its parent releases it). An error type (`error: true`) needs no `create` when the functions that fail hand it out. Each create function returns the type with `pass: transfer`, or hands it back through an out-parameter (`from: rust, pass: transfer`); the destroy function takes exactly one parameter, of this type, with `pass: transfer`, and returns nothing or an integer status (`errors: return-code`).',
    rationale:
      'An opaque handle is the safest way to share a Rust object with Go, but only if its lifecycle is explicit: Go must know which call gives it ownership and which single call ends it, so the wrapper can free exactly once (a finalizer or AddCleanup as a backstop, never as the plan).',
    facts: ['handle.opaque'],
    covers: ['S0-06', 'S1-01', 'S0-23'],
    messages: {
      noCreate: 'opaque type {{type}} has no create function',
      noDestroy: 'opaque type {{type}} has no destroy function',
      createDoesNotReturn: 'create function {{fn}} does not return {{type}} with pass: {{pass}}',
      destroyShape: 'destroy function {{fn}} must take one {{type}} with pass: transfer and return nothing',
    },
    hints: {
      noCreate: 'add create: [<function that returns it with pass: transfer>]',
      noDestroy: 'add destroy: <the Rust function that frees it>',
      createDoesNotReturn: 'declare returns: { type: {{type}}, pass: {{pass}} } on {{fn}}, or an out-parameter { type: {{type}}, from: rust, pass: {{pass}} }',
      destroyShape: 'declare params: { handle: { type: {{type}}, pass: transfer } } and no returns (or an integer status with errors: return-code) on {{fn}}',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const functions = functionIndex(model);
    for (const t of model.types) {
      if (t.kind !== 'opaque' || t.owner !== 'rust') continue;
      // An error object (format 1.1) comes out of the calls that fail: they are its creators.
      const producedByFailures = t.error === true && model.functions.some((fn) => handsOut(fn, t.name));
      if (t.create.length === 0 && !producedByFailures) {
        ctx.report({ path: t.path, part: 'key', messageId: 'noCreate', data: { type: t.name } });
      }
      // A child without destroy is an interior handle: its parent releases it (format 1.1).
      if (t.destroy === undefined && t.parent === undefined) {
        ctx.report({ path: t.path, part: 'key', messageId: 'noDestroy', data: { type: t.name } });
      }
      t.create.forEach((name, i) => {
        const fn = functions.get(name);
        if (fn === undefined) return; // unknown-reference reports it
        // Returned, or handed back through an out-parameter (`T **out`) that Rust fills and Go then owns.
        // An interior handle (a child with no destroy) is lent by its parent, never transferred.
        const pass = t.parent !== undefined && t.destroy === undefined ? 'borrow' : 'transfer';
        const returned = fn.returns?.type === t.name && fn.returns.pass === pass;
        const outParam = fn.params.some((p) => p.type === t.name && p.pass === pass && p.from === 'rust');
        if (!returned && !outParam) {
          ctx.report({
            path: [...t.path, 'create', i],
            messageId: 'createDoesNotReturn',
            data: { fn: name, type: t.name, pass },
          });
        }
      });
      if (t.destroy === undefined) continue;
      const destroy = functions.get(t.destroy);
      if (destroy === undefined) continue;
      const [only, ...rest] = destroy.params;
      // A close that reports a status (a flush that can fail) still frees the handle: an integer return is fine.
      const statusOnly = destroy.returns === undefined || (INTEGER_TYPES.has(destroy.returns.type) && destroy.errors === 'return-code');
      if (only === undefined || rest.length > 0 || only.type !== t.name || only.pass !== 'transfer' || !statusOnly) {
        ctx.report({
          path: [...t.path, 'destroy'],
          messageId: 'destroyShape',
          data: { fn: t.destroy, type: t.name },
        });
      }
    }
  },
};

/** The function returns a value of the type, or fills an out-parameter with one, and Go then owns it. */
function handsOut(fn: FunctionModel, type: string): boolean {
  return (fn.returns?.type === type && fn.returns.pass === 'transfer') || fn.params.some((p) => p.type === type && p.pass === 'transfer' && p.from === 'rust');
}
