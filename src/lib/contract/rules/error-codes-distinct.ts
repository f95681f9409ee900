// error-codes-distinct: every stable error has its own name and its own Go sentinel.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const errorCodesDistinct: LintRule = {
  meta: {
    id: 'error-codes-distinct',
    title: 'Error names and Go sentinels are distinct',
    severity: 'error',
    description: 'No two error codes share a `name`, and no two share a Go sentinel (`go`).',
    rationale:
      'Callers branch with errors.Is(err, ErrNotFound) and dashboards count by name. If two codes map to one sentinel the Go side cannot tell them apart, and a renamed duplicate hides which Rust failure actually happened.',
    facts: ['error.out-param', 'error.return-code', 'error.last-error'],
    covers: ['S1-22', 'S0-24'],
    messages: {
      sameName: 'error {{code}} reuses the name {{name}} of error {{other}}',
      sameSentinel: 'error {{code}} reuses the Go sentinel {{sentinel}} of error {{other}}',
    },
    hints: {
      sameSentinel: 'each code gets its own sentinel so errors.Is can tell them apart',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const names = new Map<string, number>();
    const sentinels = new Map<string, number>();
    for (const e of model.errors) {
      const sameName = names.get(e.name);
      if (sameName !== undefined) ctx.report({ path: [...e.path, 'name'], messageId: 'sameName', data: { code: e.code, name: e.name, other: sameName } });
      else names.set(e.name, e.code);
      if (e.go === undefined) continue; // no sentinel (format 1.1): the wrapper reports the code itself
      const sameGo = sentinels.get(e.go);
      if (sameGo !== undefined) ctx.report({ path: [...e.path, 'go'], messageId: 'sameSentinel', data: { code: e.code, sentinel: e.go, other: sameGo } });
      else sentinels.set(e.go, e.code);
    }
  },
};
