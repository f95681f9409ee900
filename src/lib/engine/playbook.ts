// The playbook: rules, questionnaire and fault classes loaded together from file texts, plus the two
// ways to get a checklist from it - from wizard answers or from a fact set (a parsed contract).
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseFactIds } from '../patterns/load.ts';
import { loadCatalogue, type RuleFile } from '../rules/catalogue.ts';
import type { Rule } from '../rules/schema.ts';
import { answersHash, factsFromChoices, type Answers } from './answers.ts';
import { canonicalHash } from './canonical.ts';
import { buildChecklist, type Checklist, type ChecklistMeta } from './checklist.ts';
import { parseFaultClasses, type FaultClass } from './fault-classes.ts';
import { parseQuestionnaire, type Questionnaire } from './questions.ts';

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
}

export interface Playbook {
  facts: ReadonlySet<string>;
  rules: readonly Rule[];
  questionnaire: Questionnaire;
  faultClasses: readonly FaultClass[];
}

export function loadPlaybook(src: PlaybookSources): { playbook?: Playbook; diagnostics: Diagnostic[] } {
  let facts: Set<string>;
  try {
    const text = typeof src.facts.text === 'string' ? src.facts.text : new TextDecoder('utf-8', { fatal: true }).decode(src.facts.text);
    facts = parseFactIds(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : 'unknown error';
    return { diagnostics: [{ code: 'facts-invalid', severity: 'error', message: `the fact vocabulary could not be read (${reason})`, file: src.facts.path, line: 1, column: 1 }] };
  }
  const ctx = { knownFacts: facts, ...(src.patterns ? { knownPatterns: src.patterns } : {}), ...(src.lintRules ? { knownLintRules: src.lintRules } : {}) };
  const catalogue = loadCatalogue(src.rules, ctx);
  const questions = parseQuestionnaire(src.questions.text, src.questions.path, facts);
  const faults = parseFaultClasses(src.faultClasses.text, src.faultClasses.path, new Set(catalogue.rules.map((r) => r.id)));
  const diagnostics = [...catalogue.diagnostics, ...questions.diagnostics, ...faults.diagnostics].sort(compareDiagnostics);
  if (diagnostics.length > 0 || questions.questionnaire === undefined || faults.faultClasses === undefined) return { diagnostics };
  return { playbook: { facts, rules: catalogue.rules, questionnaire: questions.questionnaire, faultClasses: faults.faultClasses }, diagnostics };
}

/** What the caller supplies so output is reproducible: the date and the tool version. */
export interface RunInfo {
  /** YYYY-MM-DD. */
  date: string;
  interlockVersion: string;
}

/** Wizard answers -> checklist. `extraFacts` adds facts the answers do not carry (`incident` in postmortem mode). */
export function checklistFromAnswers(playbook: Playbook, answers: Answers, run: RunInfo, extraFacts: readonly string[] = []): Checklist {
  const facts = [...factsFromChoices(answers.choices, playbook.questionnaire), ...extraFacts];
  const meta: ChecklistMeta = { date: run.date, interlockVersion: run.interlockVersion, input: { kind: 'answers', hash: answersHash(answers.choices) } };
  if (answers.project !== undefined) meta.project = answers.project;
  if (answers.crate !== undefined) meta.crate = answers.crate;
  if (answers.goModule !== undefined) meta.goModule = answers.goModule;
  if (answers.abi !== undefined) meta.abi = answers.abi;
  return buildChecklist(playbook.rules, facts, meta);
}

export interface FactsIdentity {
  project?: string;
  goModule?: string;
  abi?: string;
}

/** A fact set (from a contract) -> checklist; the hash covers the sorted facts, so equal facts give equal hashes. */
export function checklistFromFacts(playbook: Playbook, facts: readonly string[], identity: FactsIdentity, run: RunInfo): Checklist {
  const sorted = [...new Set(facts)].sort();
  const meta: ChecklistMeta = { date: run.date, interlockVersion: run.interlockVersion, input: { kind: 'contract', hash: canonicalHash({ 'interlock-facts': 1, facts: sorted }) } };
  if (identity.project !== undefined) meta.project = identity.project;
  if (identity.goModule !== undefined) meta.goModule = identity.goModule;
  if (identity.abi !== undefined) meta.abi = identity.abi;
  return buildChecklist(playbook.rules, sorted, meta);
}

/** Facts a checklist may be built from must all be in the vocabulary; returns the unknown ones. */
export function unknownFacts(playbook: Playbook, facts: readonly string[]): string[] {
  return facts.filter((f) => !playbook.facts.has(f));
}
