// Loads the playbooks the wizard and `interlock bundle` need (questions, rules, fault classes, patterns) from the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverPatterns } from '../../../scripts/patterns/discover.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../../lib/diagnostics/format-text.ts';
import { parseFaultClasses } from '../../lib/engine/fault-classes-schema.ts';
import type { FaultClass } from '../../lib/engine/fault-classes.ts';
import { parseQuestionnaire } from '../../lib/engine/questions-schema.ts';
import type { Questionnaire } from '../../lib/engine/questions.ts';
import { parseFactIds } from '../../lib/patterns/load.ts';
import type { Pattern } from '../../lib/patterns/schema.ts';
import { loadCatalogue } from '../../lib/rules/catalogue.ts';
import type { Rule } from '../../lib/rules/schema.ts';

export interface Playbooks {
  repo: string;
  facts: Set<string>;
  questionnaire: Questionnaire;
  rules: Rule[];
  faultClasses: FaultClass[];
  /** Valid patterns by ID, with their folders. */
  patterns: Map<string, { pattern: Pattern; dir: string }>;
}

/** The repository root (this file lives in src/node/bundle/). */
export const REPO = new URL('../../../', import.meta.url).pathname;

/** Thrown when a playbook file is invalid: the message lists every diagnostic, file:line:column first. */
export class PlaybookError extends Error {
  override name = 'PlaybookError';
}

function fail(what: string, diagnostics: readonly Diagnostic[]): never {
  throw new PlaybookError(`${what} is invalid:\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
}

const cache = new Map<string, Playbooks>();

export function loadPlaybooks(repo: string = REPO): Playbooks {
  const hit = cache.get(repo);
  if (hit) return hit;
  const read = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(join(repo, ...parts)));
  const facts = parseFactIds(readFileSync(join(repo, 'playbooks', 'facts.yaml'), 'utf8'));

  const discovered = discoverPatterns(repo);
  const patternErrors = discovered.flatMap((d) => d.errors);
  if (patternErrors.length > 0) throw new PlaybookError(`the pattern library is invalid:\n${patternErrors.join('\n')}`);
  const patterns = new Map(discovered.map((d) => [d.id, { pattern: d.pattern!, dir: d.dir }]));

  const ruleFiles = readdirSync(join(repo, 'playbooks', 'rules'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `playbooks/rules/${f}`, text: read('playbooks', 'rules', f) }));
  // Whether every pattern a rule names exists is the rule catalogue's own test; the wizard and the bundle
  // simply use the patterns that exist.
  const catalogue = loadCatalogue(ruleFiles, { knownFacts: facts });
  if (catalogue.diagnostics.length > 0) fail('the rule catalogue', catalogue.diagnostics);

  const q = parseQuestionnaire(read('playbooks', 'questions.yaml'), 'playbooks/questions.yaml', facts);
  if (q.questionnaire === undefined) fail('playbooks/questions.yaml', q.diagnostics);

  const ruleIds = new Set(catalogue.rules.map((r) => r.id));
  const fc = parseFaultClasses(read('playbooks', 'fault-classes.yaml'), 'playbooks/fault-classes.yaml', ruleIds);
  if (fc.faultClasses === undefined) fail('playbooks/fault-classes.yaml', fc.diagnostics);

  const loaded: Playbooks = { repo, facts, questionnaire: q.questionnaire, rules: catalogue.rules, faultClasses: fc.faultClasses, patterns };
  cache.set(repo, loaded);
  return loaded;
}
