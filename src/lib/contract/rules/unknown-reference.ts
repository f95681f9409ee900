// unknown-reference: every function and type a contract names must be declared in it.
import type { ContractModel, SourcePath } from '../model.ts';
import { closest } from '../../diagnostics/did-you-mean.ts';
import { BUILTIN_TYPES } from '../schema/vocabulary.ts';
import type { Rule, RuleContext } from './rule.ts';
import { functionIndex, isBuiltin, typeIndex, valueSites } from './helpers.ts';

export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    title: 'Every referenced function and type is declared',
    severity: 'error',
    description:
      'Create and destroy functions, arena release functions, `until:` lifetimes, callback `until`, `cancellable.via` and every value `type` must name a function or type declared in the same contract (or a built-in type).',
    rationale:
      'A contract that points at a function it does not describe leaves that function unaudited: its ownership, error and panic policy are exactly the parts a reviewer cannot see. A misspelt destroy function also means generated wrappers free through nothing.',
    covers: ['S0-01', 'S0-05'],
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const functions = functionIndex(model);
    const types = typeIndex(model);
    const fnNames = [...functions.keys()];
    const typeNames = [...types.keys(), ...BUILTIN_TYPES];
    const needFunction = (name: string, path: SourcePath, role: string): void => {
      if (functions.has(name)) return;
      const suggestion = closest(name, fnNames);
      ctx.report({
        path,
        message: `${name} (${role}) is not declared under functions`,
        hint: suggestion !== undefined ? `did you mean "${suggestion}"?` : `declare ${name} under functions with its parameters, errors and panics`,
      });
    };
    for (const t of model.types) {
      if (t.kind === 'opaque' || t.kind === 'buffer' || t.kind === 'string') {
        t.create.forEach((fn, i) => needFunction(fn, [...t.path, 'create', i], `create function of ${t.name}`));
        if (t.destroy !== undefined) needFunction(t.destroy, [...t.path, 'destroy'], `destroy function of ${t.name}`);
      }
      if (t.kind === 'buffer' && t.arena !== undefined) needFunction(t.arena, [...t.path, 'arena'], `arena release function of ${t.name}`);
    }
    for (const site of valueSites(model)) {
      const { value } = site;
      if (!isBuiltin(value.type) && !types.has(value.type)) {
        const suggestion = closest(value.type, typeNames);
        ctx.report({
          path: [...value.path, 'type'],
          message: `type "${value.type}" of ${site.label} is neither built in nor declared under types`,
          hint: suggestion !== undefined ? `did you mean "${suggestion}"?` : `built-in types: ${BUILTIN_TYPES.join(', ')}`,
        });
      }
      if (value.lifetime?.kind === 'until') needFunction(value.lifetime.fn, [...value.path, 'lifetime'], `lifetime end of ${site.label}`);
      if (site.param?.until !== undefined) needFunction(site.param.until, [...value.path, 'until'], `unregister function of ${site.label}`);
    }
    for (const fn of model.functions) {
      if (fn.cancellable !== undefined) needFunction(fn.cancellable.via, fn.cancellable.path, `cancel function of ${fn.name}`);
    }
  },
};
