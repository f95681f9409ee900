// type-produced: every declared type is used by some function, and a type with a release function is
// produced by one.
import type { ContractModel, TypeModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { allocatedBy, typeIndex, valueSites } from './helpers.ts';

export const typeProduced: LintRule = {
  meta: {
    id: 'type-produced',
    title: 'Declared types are used, and released types are produced',
    severity: 'error',
    description:
      'Every declared type is the type of some parameter, return value or struct field. A Rust-owned type with a `destroy` function is handed to Go by some function: listed under `create`, or returned or written through an out-parameter with `pass: transfer`.',
    rationale:
      'A type no function uses is a sign of a function left out of the contract, and the one left out is usually the one that makes or frees it. A release function with nothing to release means the contract lost the call that allocates, so nobody audits who frees what it returns.',
    facts: ['handle.opaque', 'buffer.rust-owned'],
    covers: ['S0-01', 'S0-23'],
    messages: {
      unused: 'type {{type}} is declared, but no function takes or returns it',
      neverHandedOut: '{{destroy}} releases {{type}}, but no function hands a {{type}} to Go',
    },
    hints: {
      unused: 'declare the functions that use {{type}}, or remove it',
      neverHandedOut: 'declare the function that returns it with pass: transfer and list it under create',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    const sites = valueSites(model);
    // A type is used by a value, or by name inside a struct field's C type (`PixelFormat format`).
    const fieldWords = model.types.flatMap((t) => (t.kind === 'struct' ? t.fields.flatMap((f) => f.cType.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) : []));
    const used = new Set([...sites.map((s) => s.value.type), ...fieldWords]);
    const handedOver = new Set(
      sites.filter((s) => s.value.pass === 'transfer' && allocatedBy(s.value, types) === 'rust' && (s.param === undefined || s.param.out !== undefined || s.value.from === 'rust'))
        .map((s) => s.value.type),
    );
    for (const t of model.types) {
      if (!used.has(t.name)) {
        ctx.report({ path: t.path, part: 'key', messageId: 'unused', data: { type: t.name } });
        continue;
      }
      const destroy = destroyOf(t);
      if (destroy === undefined || ownerOf(t) !== 'rust') continue;
      if (('create' in t ? t.create.length : 0) === 0 && !handedOver.has(t.name)) {
        ctx.report({
          path: [...t.path, 'destroy'],
          messageId: 'neverHandedOut',
          data: { destroy, type: t.name },
        });
      }
    }
  },
};

function destroyOf(t: TypeModel): string | undefined {
  return t.kind === 'enum' ? undefined : t.destroy;
}

function ownerOf(t: TypeModel): string | undefined {
  return t.kind === 'enum' ? undefined : t.owner;
}
