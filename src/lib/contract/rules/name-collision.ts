// name-collision: types, functions and enum constants share C's single namespace of ordinary identifiers.
import type { ContractModel, SourcePath } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const nameCollision: LintRule = {
  meta: {
    id: 'name-collision',
    title: 'Type, function and enum constant names are distinct',
    severity: 'error',
    description:
      'A type name, a function name and an enum value name (enum constants are global in C) may each be used once across the whole contract.',
    rationale:
      'In the generated C header a typedef, a function and an enum constant live in one namespace: a clash does not compile, or worse, a macro-style binding silently picks the wrong symbol.',
    covers: ['S0-02'],
    messages: {
      sameName: '{{what}} "{{name}}" has the same name as {{earlier}}',
    },
    hints: {
      sameName: 'C has one namespace for typedefs, functions and enum constants: rename one of them',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const seen = new Map<string, string>();
    const claim = (name: string, what: string, path: SourcePath): void => {
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        ctx.report({ path, part: 'key', messageId: 'sameName', data: { what, name, earlier } });
        return;
      }
      seen.set(name, what === 'type' ? `the type ${name}` : what === 'function' ? `the function ${name}` : `the enum constant ${name}`);
    };
    for (const t of model.types) claim(t.name, 'type', t.path);
    for (const t of model.types) {
      if (t.kind === 'enum') for (const v of t.values) claim(v.name, 'enum constant', v.path);
    }
    for (const fn of model.functions) claim(fn.name, 'function', fn.path);
  },
};
