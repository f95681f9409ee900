// The rule catalogue: every playbooks/rules/<ID>.yaml parsed, validated and cross-checked against the
// facts, patterns and lint rules it names. Pure: the caller reads the files and passes their text.
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readYaml } from './read-yaml.ts';
import { rule as ruleSchema, type AuditRule } from './schema.ts';

export interface RuleFile {
  /** The path as shown in diagnostics, like playbooks/rules/IL-OWN-001.yaml. */
  path: string;
  text: string | Uint8Array;
}

export interface CatalogueContext {
  /** Fact IDs from playbooks/facts.yaml: a rule naming any other fact is refused. */
  knownFacts: ReadonlySet<string>;
  /** Pattern IDs (folders under playbooks/patterns/); when given, unknown pattern IDs are refused. */
  knownPatterns?: ReadonlySet<string>;
  /** Contract lint rule IDs; when given, unknown lint IDs are refused. */
  knownLintRules?: ReadonlySet<string>;
  /** Seed point IDs from content/seed-points.yaml; when given, a rule covering any other is refused. */
  knownSeeds?: ReadonlySet<string>;
}

export interface Catalogue {
  /** Valid rules, sorted by ID. */
  rules: AuditRule[];
  diagnostics: Diagnostic[];
}

/** A rule file is small; anything larger is a mistake, not a rule. */
export const RULE_LIMITS = { maxBytes: 32 * 1024, maxDepth: 8, maxProblems: 50 } as const;

/** The file name without folders or the .yaml extension. */
function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.ya?ml$/, '');
}

export function parseRuleFile(file: RuleFile, ctx: CatalogueContext): { rule?: AuditRule; diagnostics: Diagnostic[] } {
  const read = readYaml(file.text, file.path, ruleSchema, 'rule file', RULE_LIMITS, { refuseCommentAfterPlainText: true });
  if (!read.ok) return { diagnostics: read.diagnostics };
  const r = read.value;
  const diagnostics: Diagnostic[] = [];
  const at = (path: (string | number)[], code: string, message: string): void => {
    const { line, column } = read.locate(path);
    diagnostics.push({ code, severity: 'error', message, file: file.path, line, column });
  };
  const stem = fileStem(file.path);
  if (r.id !== stem) at(['id'], 'rule-id-mismatch', `id "${r.id}" must equal the file name "${stem}"`);
  for (const key of ['all-of', 'any-of'] as const) {
    (r.when?.[key] ?? []).forEach((fact, i) => {
      if (!ctx.knownFacts.has(fact)) at(['when', key, i], 'rule-unknown-fact', `unknown fact "${fact}" (not in playbooks/facts.yaml)`);
    });
  }
  if (ctx.knownPatterns !== undefined) {
    r.patterns.forEach((p, i) => {
      if (!ctx.knownPatterns?.has(p)) at(['patterns', i], 'rule-unknown-pattern', `unknown pattern "${p}" (no playbooks/patterns/${p}/)`);
    });
  }
  if (ctx.knownSeeds !== undefined) {
    r.covers.forEach((c, i) => {
      if (!ctx.knownSeeds?.has(c)) at(['covers', i], 'rule-unknown-seed', `no such seed point "${c}" (not in content/seed-points.yaml)`);
    });
  }
  if (ctx.knownLintRules !== undefined) {
    r.lint.forEach((l, i) => {
      if (!ctx.knownLintRules?.has(l)) at(['lint', i], 'rule-unknown-lint', `unknown lint rule "${l}" (not in src/lib/contract/rules/)`);
    });
  }
  return diagnostics.length > 0 ? { diagnostics } : { rule: r, diagnostics };
}

export function loadCatalogue(files: readonly RuleFile[], ctx: CatalogueContext): Catalogue {
  const rules: AuditRule[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parseRuleFile(file, ctx);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.rule === undefined) continue;
    const earlier = seen.get(parsed.rule.id);
    if (earlier !== undefined) {
      diagnostics.push({ code: 'rule-duplicate-id', severity: 'error', message: `rule ${parsed.rule.id} is also defined in ${earlier}`, file: file.path, line: 1, column: 1 });
      continue;
    }
    seen.set(parsed.rule.id, file.path);
    rules.push(parsed.rule);
  }
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rules, diagnostics: diagnostics.sort(compareDiagnostics) };
}
