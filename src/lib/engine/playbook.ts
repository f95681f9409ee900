// The playbook (rules, questionnaire and fault classes as plain data) and the two ways to get a checklist from
// it: from wizard answers or from a fact set (a parsed contract). Pure; load-playbook.ts reads the files.
import type { Rule } from '../rules/schema.ts';
import { answersHash, factsFromChoices, type Answers } from './answers.ts';
import { canonicalHash } from './canonical.ts';
import { buildChecklist, type Checklist, type ChecklistMeta } from './checklist.ts';
import type { FaultClass } from './fault-classes.ts';
import type { Questionnaire } from './questions.ts';

export interface Playbook {
  facts: ReadonlySet<string>;
  rules: readonly Rule[];
  questionnaire: Questionnaire;
  faultClasses: readonly FaultClass[];
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
