// Runs every lint rule over a parsed contract, honours `allow:` acknowledgements, positions the findings.
import { compareDiagnostics } from '../diagnostics/diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from './locate.ts';
import type { Allowances, ContractModel, SourcePath } from './model.ts';
import { RULES } from './rules/index.ts';
import type { Finding, Rule } from './rules/rule.ts';

/** The `allow:` map of the declared item a path points into (types.<T> or functions.<F>). */
function allowancesAt(model: ContractModel, path: SourcePath): Allowances {
  const [section, name] = path;
  if (section === 'types') return model.types.find((t) => t.name === name)?.allow ?? {};
  if (section === 'functions') return model.functions.find((f) => f.name === name)?.allow ?? {};
  return {};
}

export function lintContract(model: ContractModel, locate: Locator, file: string, rules: readonly Rule[] = RULES): Diagnostic[] {
  const ruleIds = RULES.map((r) => r.meta.id);
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const report = (finding: Finding): void => {
      if (allowancesAt(model, finding.path)[rule.meta.id] !== undefined) return;
      const { line, column } = locate(finding.path, finding.part);
      const d: Diagnostic = { code: rule.meta.id, severity: rule.meta.severity, message: finding.message, file, line, column };
      if (finding.hint !== undefined) d.hint = finding.hint;
      out.push(d);
    };
    rule.check(model, { report, ruleIds });
  }
  return out.sort(compareDiagnostics);
}
