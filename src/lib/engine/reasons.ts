// Why a check is on a checklist: the answers or the contract elements that established the facts its rule
// needs. Rules that need no fact are the baseline every boundary gets; the rest are "from your boundary".
import { sameElement, type BoundaryElement } from '../contract/element.ts';
import type { AuditRule } from '../rules/schema.ts';
import { optionFacts } from './answers.ts';
import { allQuestions, type Choices, type Questionnaire } from './questions.ts';

/** One answer that established a fact: the question and the chosen option, as the wizard shows them. */
export interface AnswerReason {
  question: string;
  answer: string;
  /** Set when the answer was "I don't know": how to find out (the check stays until then). */
  findOut?: string;
}

/** Where facts came from: answers, contract elements, or an input such as the incident file. */
export interface FactOrigins {
  answers: ReadonlyMap<string, readonly AnswerReason[]>;
  elements: ReadonlyMap<string, readonly BoundaryElement[]>;
  /** Facts a whole input establishes (postmortem mode's `incident`), with a phrase naming that input. */
  inputs: ReadonlyMap<string, string>;
}

/** Why one check is on the list: the facts its rule needed that hold, and who established them. */
export interface RuleReason {
  facts: string[];
  answers: AnswerReason[];
  elements: BoundaryElement[];
  inputs: string[];
}

export const NO_ORIGINS: FactOrigins = { answers: new Map(), elements: new Map(), inputs: new Map() };

/** Fact -> the answers that established it, in questionnaire order. */
export function answerOrigins(choices: Choices, q: Questionnaire): Map<string, AnswerReason[]> {
  const out = new Map<string, AnswerReason[]>();
  for (const question of allQuestions(q)) {
    for (const id of choices[question.id] ?? []) {
      const option = question.options.find((o) => o.id === id);
      if (option === undefined) continue;
      const findOut = option['find-out'];
      const reason: AnswerReason = findOut === undefined ? { question: question.text, answer: option.label } : { question: question.text, answer: option.label, findOut };
      for (const fact of optionFacts(question, id)) out.set(fact, [...(out.get(fact) ?? []), reason]);
    }
  }
  return out;
}

/** The facts of a rule's condition that hold: every all-of fact and the any-of facts present. */
function factsUsed(rule: AuditRule, facts: ReadonlySet<string>): string[] {
  const when = rule.when;
  if (when === undefined) return [];
  return [...(when['all-of'] ?? []), ...(when['any-of'] ?? []).filter((f) => facts.has(f))];
}

/** Why an applicable rule is on the list, or undefined for a baseline rule (no condition). */
export function ruleReason(rule: AuditRule, facts: ReadonlySet<string>, origins: FactOrigins): RuleReason | undefined {
  const used = factsUsed(rule, facts);
  if (used.length === 0) return undefined;
  const reason: RuleReason = { facts: used, answers: [], elements: [], inputs: [] };
  for (const fact of used) {
    for (const a of origins.answers.get(fact) ?? []) {
      if (!reason.answers.some((x) => x.question === a.question && x.answer === a.answer)) reason.answers.push(a);
    }
    for (const e of origins.elements.get(fact) ?? []) {
      if (!reason.elements.some((x) => sameElement(x, e))) reason.elements.push(e);
    }
    const input = origins.inputs.get(fact);
    if (input !== undefined && !reason.inputs.includes(input)) reason.inputs.push(input);
  }
  return reason;
}
