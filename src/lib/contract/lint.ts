// Runs every lint rule over a parsed contract, honours `allow:` acknowledgements, positions the findings.
import { compareDiagnostics } from '../diagnostics/diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from './locate.ts';
import type { Allowances, ContractModel, SourcePath } from './model.ts';
import { RULES } from './rules/index.ts';
import type { Finding, LintRule } from './rules/rule.ts';

/**
 * The `allow:` map of the declared item a path points into (types.<T> or functions.<F>), from maps built once
 * per lint run: a search per finding would make linting quadratic in the number of findings.
 */
function allowancesOf(model: ContractModel): (path: SourcePath) => Allowances {
  const types = new Map(model.types.map((t) => [t.name, t.allow]));
  const functions = new Map(model.functions.map((f) => [f.name, f.allow]));
  // A library-wide acknowledgement (format 1.1) covers every element; an element's own adds to it.
  return ([section, name]) => {
    if (section === 'types') return { ...model.allow, ...types.get(String(name)) };
    if (section === 'functions') return { ...model.allow, ...functions.get(String(name)) };
    return model.allow;
  };
}

/** A message template with its `{{name}}` placeholders filled; a missing template or value is a bug in the rule. */
function fillMessage(rule: LintRule, id: string, template: string | undefined, data: Readonly<Record<string, string>>): string {
  if (template === undefined) throw new Error(`lint rule ${rule.meta.id} has no message or hint "${id}"`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`lint rule ${rule.meta.id}: "${id}" needs {{${key}}}`);
    return value;
  });
}

/** The finding's hint: the one it names, which must exist, or else its message's own, if the rule has one. */
function hintOf(rule: LintRule, finding: Finding, data: Readonly<Record<string, string>>): string | undefined {
  if (finding.hintId !== undefined) return fillMessage(rule, finding.hintId, rule.meta.hints?.[finding.hintId], data);
  const own = rule.meta.hints?.[finding.messageId];
  return own === undefined ? undefined : fillMessage(rule, finding.messageId, own, data);
}

export function lintContract(model: ContractModel, locate: Locator, file: string, rules: readonly LintRule[] = RULES): Diagnostic[] {
  const ruleIds = RULES.map((r) => r.meta.id);
  const out: Diagnostic[] = [];
  const allowancesAt = allowancesOf(model);
  for (const rule of rules) {
    const report = (finding: Finding): void => {
      if (allowancesAt(finding.path)[rule.meta.id] !== undefined) return;
      const { line, column } = locate(finding.path, finding.part);
      const data = Object.fromEntries(Object.entries(finding.data ?? {}).map(([k, v]) => [k, String(v)]));
      const message = fillMessage(rule, finding.messageId, rule.meta.messages[finding.messageId], data);
      const d: Diagnostic = { code: rule.meta.id, severity: rule.meta.severity, message, file, line, column, messageId: finding.messageId, data };
      const hint = hintOf(rule, finding, data);
      if (hint !== undefined) d.hint = hint;
      out.push(d);
    };
    rule.check(model, { report, ruleIds });
  }
  return out.sort(compareDiagnostics);
}
