// The playbook (rules, questionnaire and fault classes as plain data) and the two ways to get a checklist from
// it: from wizard answers or from a fact set (a parsed contract). Pure; load-playbook.ts reads the files.
import type { AuditRule } from '../rules/schema.ts';
import { answersHash, factsFromChoices, type Answers } from './answers.ts';
import { canonicalHash } from './canonical.ts';
import { buildChecklist, type Checklist, type ChecklistMeta } from './checklist.ts';
import type { FaultClass } from './fault-classes.ts';
import type { Questionnaire } from './questions.ts';
import { answerOrigins, type AnswerReason, type FactOrigins } from './reasons.ts';
import type { BoundaryElement } from '../contract/element.ts';

export interface Playbook {
  facts: ReadonlySet<string>;
  rules: readonly AuditRule[];
  questionnaire: Questionnaire;
  faultClasses: readonly FaultClass[];
}

/** What the caller supplies so output is reproducible: the date and the tool version. */
export interface RunInfo {
  /** YYYY-MM-DD. */
  date: string;
  interlockVersion: string;
}

/** The phrase a checklist shows for facts an input adds as a whole (`incident`: postmortem mode). */
const INPUT_FACTS: Readonly<Record<string, string>> = { incident: 'an incident is being reviewed (postmortem mode)' };

function inputOrigins(extraFacts: readonly string[]): Map<string, string> {
  return new Map(extraFacts.filter((f) => INPUT_FACTS[f] !== undefined).map((f) => [f, INPUT_FACTS[f]!]));
}

/** Wizard answers -> checklist. `extraFacts` adds facts the answers do not carry (`incident` in postmortem mode). */
export function checklistFromAnswers(playbook: Playbook, answers: Answers, run: RunInfo, extraFacts: readonly string[] = []): Checklist {
  const answered = factsFromChoices(answers.choices, playbook.questionnaire);
  const facts = [...answered, ...extraFacts];
  // An answer that already establishes a fact is its reason: the input adds a reason only for what answers lack.
  const origins: FactOrigins = { answers: answerOrigins(answers.choices, playbook.questionnaire), elements: new Map(), inputs: inputOrigins(extraFacts.filter((f) => !answered.includes(f))) };
  const meta: ChecklistMeta = { date: run.date, interlockVersion: run.interlockVersion, input: { kind: 'answers', hash: answersHash(answers.choices) } };
  if (answers.project !== undefined) meta.project = answers.project;
  if (answers.crate !== undefined) meta.crate = answers.crate;
  if (answers.goModule !== undefined) meta.goModule = answers.goModule;
  if (answers.abi !== undefined) meta.abi = answers.abi;
  return buildChecklist(playbook.rules, facts, meta, origins);
}

interface FactsIdentity {
  project?: string;
  goModule?: string;
  abi?: string;
  /** The contract's own path and its `sources:` paths, shown in verify steps. */
  paths?: { contract?: string; rust?: string; go?: string };
}

/** Where a contract's facts came from: fact -> the elements that established it (contractFactSources). */
type ElementSources = ReadonlyMap<string, readonly BoundaryElement[]>;

/**
 * A fact set (from a contract) -> checklist; the hash covers the sorted facts, so equal facts give equal hashes.
 * `elements` names the contract elements behind each fact, so checks name the team's types and functions.
 */
export function checklistFromFacts(playbook: Playbook, facts: readonly string[], identity: FactsIdentity, run: RunInfo, elements: ElementSources = new Map(), extraFacts: readonly string[] = []): Checklist {
  const sorted = [...new Set([...facts, ...extraFacts])].sort();
  const meta: ChecklistMeta = { date: run.date, interlockVersion: run.interlockVersion, input: { kind: 'contract', hash: canonicalHash({ 'interlock-facts': 1, facts: sorted }) } };
  if (identity.project !== undefined) meta.project = identity.project;
  if (identity.goModule !== undefined) meta.goModule = identity.goModule;
  if (identity.abi !== undefined) meta.abi = identity.abi;
  if (identity.paths !== undefined && Object.keys(identity.paths).length > 0) meta.paths = { ...identity.paths };
  return buildChecklist(playbook.rules, sorted, meta, { answers: new Map<string, AnswerReason[]>(), elements: elements, inputs: inputOrigins(extraFacts) });
}
