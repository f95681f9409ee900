// Wizard answers: validation against the questionnaire, answers -> facts and back, and the answers hash. Pure,
// without zod: a share link and the wizard's form use it as is; answers-schema.ts reads answers.yaml with positions.
import type { Severity } from '../diagnostics/diagnostic.ts';
import { closest } from '../diagnostics/did-you-mean.ts';
import { canonicalHash } from './canonical.ts';
import { printable } from './names.ts';
import { allQuestions, conditionHolds, type Choices, type Question, type Questionnaire } from './questions.ts';

/** Validated answers: identity fields plus choices for the questions that are visible. */
export interface Answers {
  project?: string;
  crate?: string;
  goModule?: string;
  abi?: string;
  choices: Choices;
}

/** A problem with one answer; `path` is relative to the `answers` map ([question] or [question, index]). */
export interface AnswerIssue {
  code: 'answer-unknown-question' | 'answer-unknown-option' | 'answer-wrong-shape' | 'answer-duplicate-option' | 'answer-exclusive-option' | 'answer-hidden' | 'answer-missing';
  severity: Severity;
  /** The question the issue is about. */
  question: string;
  message: string;
  path: (string | number)[];
  /** Point at the key rather than its value. */
  key?: boolean;
  hint?: string;
}

/**
 * Checks raw answers against the questionnaire. Errors: unknown questions or options, wrong shape,
 * duplicates, an exclusive option combined with others. Warnings: answers to hidden questions (ignored)
 * and visible questions left unanswered. The returned choices hold only valid answers to visible questions.
 */
export function validateChoices(raw: Readonly<Record<string, string | readonly string[]>>, q: Questionnaire): { choices: Record<string, string[]>; issues: AnswerIssue[] } {
  const issues: AnswerIssue[] = [];
  const questions = allQuestions(q);
  const byId = new Map(questions.map((x) => [x.id, x]));
  const accepted: Record<string, string[]> = {};
  for (const [qid, value] of Object.entries(raw)) {
    const question = byId.get(qid);
    if (question === undefined) {
      const suggestion = closest(qid, [...byId.keys()]);
      const issue: AnswerIssue = { code: 'answer-unknown-question', severity: 'error', question: qid, message: `there is no question "${printable(qid)}"`, path: [qid], key: true };
      if (suggestion !== undefined) issue.hint = `did you mean "${suggestion}"?`;
      issues.push(issue);
      continue;
    }
    const optionIds = question.options.map((o) => o.id);
    let picked: string[];
    if (question.kind === 'one') {
      if (typeof value !== 'string') {
        issues.push({ code: 'answer-wrong-shape', severity: 'error', question: qid, message: `question "${qid}" takes one option, not a list`, path: [qid], hint: `one of: ${optionIds.join(', ')}` });
        continue;
      }
      picked = [value];
    } else {
      if (typeof value === 'string') {
        issues.push({ code: 'answer-wrong-shape', severity: 'error', question: qid, message: `question "${qid}" takes a list of options`, path: [qid], hint: `write [${value}]` });
        continue;
      }
      if (value.length === 0) {
        issues.push({ code: 'answer-wrong-shape', severity: 'error', question: qid, message: `question "${qid}" needs at least one option`, path: [qid], hint: `options: ${optionIds.join(', ')}` });
        continue;
      }
      picked = [...value];
    }
    let ok = true;
    picked.forEach((o, i) => {
      const at = question.kind === 'one' ? [qid] : [qid, i];
      if (!optionIds.includes(o)) {
        const suggestion = closest(o, optionIds);
        issues.push({ code: 'answer-unknown-option', severity: 'error', question: qid, message: `question "${qid}" has no option "${printable(o)}"`, path: at, hint: suggestion !== undefined ? `did you mean "${suggestion}"?` : `options: ${optionIds.join(', ')}` });
        ok = false;
      } else if (picked.indexOf(o) !== i) {
        issues.push({ code: 'answer-duplicate-option', severity: 'error', question: qid, message: `option "${o}" is listed twice`, path: at });
        ok = false;
      }
    });
    const exclusive = question.options.filter((o) => o.exclusive === true && picked.includes(o.id));
    if (ok && exclusive.length > 0 && picked.length > 1) {
      issues.push({ code: 'answer-exclusive-option', severity: 'error', question: qid, message: `option "${exclusive[0]?.id}" of question "${qid}" cannot be combined with other options`, path: [qid] });
      ok = false;
    }
    if (ok) accepted[qid] = [...picked].sort((a, b) => optionIds.indexOf(a) - optionIds.indexOf(b));
  }
  // Walk in questionnaire order so a later question's visibility sees only visible earlier answers.
  const choices: Record<string, string[]> = {};
  for (const question of questions) {
    const visible = conditionHolds(question['show-if'], choices);
    const answer = accepted[question.id];
    if (!visible) {
      if (answer !== undefined) {
        issues.push({ code: 'answer-hidden', severity: 'warning', question: question.id, message: `question "${question.id}" does not apply to these answers, so its answer is ignored`, path: [question.id], key: true, hint: `it applies when ${describeCondition(question['show-if'])}` });
      }
      continue;
    }
    if (answer !== undefined) choices[question.id] = answer;
    else if (!Object.hasOwn(raw, question.id)) {
      issues.push({ code: 'answer-missing', severity: 'warning', question: question.id, message: `question "${question.id}" is not answered, so none of its checks are included`, path: [], key: true, hint: question.text });
    }
  }
  return { choices, issues };
}

function describeCondition(map: Readonly<Record<string, readonly string[]>> | undefined): string {
  return Object.entries(map ?? {}).map(([qid, opts]) => `${qid} is ${opts.join(' or ')}`).join(' and ');
}

/**
 * The facts an option stands for: its own, or for an "I don't know" option (find-out) the facts of every other
 * option of the question, so the checks that could apply stay on the list until the answer is known.
 */
export function optionFacts(question: Question, optionId: string): readonly string[] {
  const option = question.options.find((o) => o.id === optionId);
  if (option === undefined) return [];
  if (option['find-out'] === undefined) return option.facts;
  return [...new Set(question.options.flatMap((o) => (o === option ? [] : o.facts)))];
}

/** The facts established by the answers to visible questions, sorted. */
export function factsFromChoices(choices: Choices, q: Questionnaire): string[] {
  const facts = new Set<string>();
  for (const question of allQuestions(q)) {
    for (const id of choices[question.id] ?? []) {
      for (const f of optionFacts(question, id)) facts.add(f);
    }
  }
  return [...facts].sort();
}

/**
 * The answers that establish a fact set (a contract's facts), so the wizard can start from a pasted
 * contract. One-answer questions take the option with the most facts that all hold (the first on a tie,
 * or the first fact-free option when none holds); many-answer questions take every option with facts that
 * all hold (the first of several with the same facts), or the exclusive option when none does. `unrepresented` lists facts no visible option carries.
 */
export function choicesFromFacts(facts: Iterable<string>, q: Questionnaire): { choices: Record<string, string[]>; unrepresented: string[] } {
  const have = new Set(facts);
  const choices: Record<string, string[]> = {};
  const holds = (o: { facts: readonly string[] }): boolean => o.facts.length > 0 && o.facts.every((f) => have.has(f));
  for (const question of allQuestions(q)) {
    if (!conditionHolds(question['show-if'], choices)) continue;
    if (question.kind === 'one') {
      let best: (typeof question.options)[number] | undefined;
      for (const o of question.options) if (holds(o) && (best === undefined || o.facts.length > best.facts.length)) best = o;
      // An "I don't know" option is the user's to pick, never inferred from a contract.
      best ??= question.options.find((o) => o.facts.length === 0 && o['find-out'] === undefined);
      if (best !== undefined) choices[question.id] = [best.id];
    } else {
      // Two options carrying the same facts say the same thing to the checklist: keep the first.
      const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((f) => b.includes(f));
      const kept: Array<(typeof question.options)[number]> = [];
      for (const o of question.options) if (o.exclusive !== true && holds(o) && !kept.some((k) => same(k.facts, o.facts))) kept.push(o);
      const picked = kept.map((o) => o.id);
      const fallback = question.options.find((o) => o.exclusive === true);
      if (picked.length > 0) choices[question.id] = picked;
      else if (fallback !== undefined) choices[question.id] = [fallback.id];
    }
  }
  const reached = new Set(factsFromChoices(choices, q));
  return { choices, unrepresented: [...have].filter((f) => !reached.has(f)).sort() };
}

/** Stable hash of the answers alone (not the project name or dates): equal answers give an equal hash. */
export function answersHash(choices: Choices): string {
  const sorted: Record<string, string[]> = {};
  for (const key of Object.keys(choices)) sorted[key] = [...(choices[key] ?? [])].sort();
  return canonicalHash({ 'interlock-answers': 1, answers: sorted });
}
