// unknown-reference: every function and type a contract names must be declared in it.
import type { ContractModel, FunctionModel, ParamModel, SourcePath } from '../model.ts';
import { closest } from '../../diagnostics/did-you-mean.ts';
import { BUILTIN_TYPES } from '../schema/vocabulary.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { functionIndex, isBuiltin, typeIndex, valueSites, didYouMean } from './helpers.ts';

export const unknownReference: LintRule = {
  meta: {
    id: 'unknown-reference',
    title: 'Every referenced function and type is declared',
    severity: 'error',
    description:
      'Create and destroy functions, arena release functions, `until:` lifetimes, callback `until`, `cancellable.via`, a parent handle\'s type and every value `type` must name a function or type declared in the same contract (or a built-in type); `count`, `lengths`, `env` and `free-env` must name another parameter of the same function.',
    rationale:
      'A contract that points at a function it does not describe leaves that function unaudited: its ownership, error and panic policy are exactly the parts a reviewer cannot see. A misspelt destroy function also means generated wrappers free through nothing.',
    covers: ['S0-01', 'S0-05'],
    messages: {
      unknownFunction: '{{name}} ({{role}}) is not declared under functions',
      unknownParent: 'parent type "{{parent}}" of {{type}} is not declared under types',
      unknownType: 'type "{{type}}" of {{site}} is neither built in nor declared under types',
      unknownParam: '{{field}} of parameter {{param}} names "{{name}}", which is not another parameter of {{fn}}',
    },
    hints: {
      unknownFunction: 'declare {{name}} under functions with its parameters, errors and panics',
      unknownParent: 'declare the parent handle under types with kind: opaque',
      unknownType: 'built-in types: {{builtins}}',
      unknownParam: "declare {{name}} under {{fn}}'s params",
      didYouMean: 'did you mean "{{suggestion}}"?',
    },
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
        messageId: 'unknownFunction',
        ...didYouMean(suggestion, { name, role }),
      });
    };
    for (const t of model.types) {
      if (t.kind !== 'enum') {
        t.create.forEach((fn, i) => needFunction(fn, [...t.path, 'create', i], `create function of ${t.name}`));
        if (t.destroy !== undefined) needFunction(t.destroy, [...t.path, 'destroy'], `destroy function of ${t.name}`);
      }
      if (t.kind === 'buffer' && t.arena !== undefined) needFunction(t.arena, [...t.path, 'arena'], `arena release function of ${t.name}`);
      if (t.kind === 'opaque' && t.parent !== undefined && !types.has(t.parent.type)) {
        const suggestion = closest(t.parent.type, [...types.keys()]);
        ctx.report({
          path: [...t.parent.path, 'type'],
          messageId: 'unknownParent',
          ...didYouMean(suggestion, { parent: t.parent.type, type: t.name }),
        });
      }
    }
    for (const site of valueSites(model)) {
      const { value } = site;
      if (!isBuiltin(value.type) && !types.has(value.type)) {
        const suggestion = closest(value.type, typeNames);
        ctx.report({
          path: [...value.path, 'type'],
          messageId: 'unknownType',
          ...didYouMean(suggestion, { type: value.type, site: site.label, builtins: BUILTIN_TYPES.join(', ') }),
        });
      }
      if (value.lifetime?.kind === 'until') needFunction(value.lifetime.fn, [...value.path, 'lifetime'], `lifetime end of ${site.label}`);
      if (site.param?.until !== undefined) needFunction(site.param.until, [...value.path, 'until'], `unregister function of ${site.label}`);
      if (site.param?.sizedBy !== undefined) needFunction(site.param.sizedBy, [...value.path, 'sized-by'], `length function of ${site.label}`);
      if (site.param !== undefined) checkParamLinks(site.fn, site.param, ctx);
    }
    for (const fn of model.functions) {
      if (fn.cancellable !== undefined) needFunction(fn.cancellable.via, fn.cancellable.path, `cancel function of ${fn.name}`);
    }
  },
};

/** `count`, `lengths`, `env` and `free-env` (format 1.1) name another parameter of the same function. */
function checkParamLinks(fn: FunctionModel, param: ParamModel, ctx: RuleContext): void {
  const others = fn.params.filter((p) => p !== param).map((p) => p.name);
  const links = [['count', param.count], ['lengths', param.lengths], ['env', param.env], ['free-env', param.freeEnv]] as const;
  for (const [field, name] of links) {
    if (name === undefined || others.includes(name)) continue;
    const suggestion = closest(name, others);
    ctx.report({
      path: [...param.path, field],
      messageId: 'unknownParam',
      ...didYouMean(suggestion, { field, param: param.name, name, fn: fn.name }),
    });
  }
}
