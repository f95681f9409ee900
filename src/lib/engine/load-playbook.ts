// Loads the playbook from file texts: the fact vocabulary, the rule catalogue, the questionnaire and the fault
// classes, each validated, with every problem as a diagnostic. Loads zod and yaml (the browser gets parsed data).
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { loadCatalogue, type RuleFile } from '../rules/catalogue.ts';
import { parseSeedPoints } from '../handbook/seed-points.ts';
import { parseFacts } from './facts-schema.ts';
import { parseFaultClasses } from './fault-classes-schema.ts';
import type { Playbook } from './playbook.ts';
import { parseQuestionnaire } from './questions-schema.ts';

export interface SourceFile {
  /** As shown in diagnostics, like playbooks/questions.yaml. */
  path: string;
  text: string | Uint8Array;
}

export interface PlaybookSources {
  facts: SourceFile;
  rules: readonly RuleFile[];
  questions: SourceFile;
  faultClasses: SourceFile;
  /** Pattern folder names, when known (the CLI and site pass them; the browser may not). */
  patterns?: ReadonlySet<string>;
  /** Contract lint rule IDs, when known. */
  lintRules?: ReadonlySet<string>;
  /** content/seed-points.yaml, where it exists (a repository; the installed CLI ships playbooks only). */
  seedPoints?: SourceFile;
}

interface LoadedPlaybook {
  playbook?: Playbook;
  /** Fact ID -> its summary in facts.yaml, when that file is valid. */
  factSummaries?: ReadonlyMap<string, string>;
  /** Seed point ID -> its summary, when the seed points were given and are valid. */
  seedPoints?: ReadonlyMap<string, string>;
  diagnostics: Diagnostic[];
}

export function loadPlaybook(src: PlaybookSources): LoadedPlaybook {
  const vocabulary = parseFacts(src.facts.text, src.facts.path);
  if (vocabulary.facts === undefined) return { diagnostics: vocabulary.diagnostics };
  const facts = new Set(vocabulary.facts.keys());
  const seeds = src.seedPoints !== undefined ? parseSeedPoints(src.seedPoints.text, src.seedPoints.path) : undefined;
  if (seeds !== undefined && seeds.points === undefined) return { diagnostics: seeds.diagnostics };
  const ctx = {
    knownFacts: facts,
    ...(src.patterns ? { knownPatterns: src.patterns } : {}),
    ...(src.lintRules ? { knownLintRules: src.lintRules } : {}),
    ...(seeds?.points !== undefined ? { knownSeeds: new Set(seeds.points.keys()) } : {}),
  };
  const catalogue = loadCatalogue(src.rules, ctx);
  const questions = parseQuestionnaire(src.questions.text, src.questions.path, facts);
  const faults = parseFaultClasses(src.faultClasses.text, src.faultClasses.path, new Set(catalogue.rules.map((r) => r.id)));
  const diagnostics = [...catalogue.diagnostics, ...questions.diagnostics, ...faults.diagnostics].sort(compareDiagnostics);
  if (diagnostics.length > 0 || questions.questionnaire === undefined || faults.faultClasses === undefined) return { diagnostics };
  return {
    playbook: { facts, rules: catalogue.rules, questionnaire: questions.questionnaire, faultClasses: faults.faultClasses },
    factSummaries: vocabulary.facts,
    ...(seeds?.points !== undefined ? { seedPoints: seeds.points } : {}),
    diagnostics,
  };
}
