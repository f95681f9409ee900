// Wizard answers: the answers-file format, validation against the questionnaire, and answers -> facts.
// The same validation serves an answers.yaml (with line:column) and a share link (without positions).
import { z } from 'zod';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { closest } from '../contract/schema-issues.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { canonicalHash } from './canonical.ts';
import { abiVersionProblem, crateNameProblem, goModuleProblem, printable, projectNameProblem } from './names.ts';
import { allQuestions, conditionHolds, type Choices, type Questionnaire } from './questions.ts';

function named(what: string, check: (s: string) => string | undefined) {
  return z.string().superRefine((s, ctx) => {
    const problem = check(s);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `${what} "${printable(s)}" ${problem}`, params: { rule: 'name' } });
  });
}

export const projectName = named('project name', projectNameProblem).describe('The project: lower-case kebab-case or snake_case, at most 64 characters.');
export const crateName = named('crate name', crateNameProblem).describe('The Rust crate behind the boundary.');
export const goModulePath = named('Go module path', goModuleProblem).describe('The Go module that wraps the library, like example.com/imgproc.');
export const abiVersion = named('ABI version', abiVersionProblem).describe('The library ABI version, MAJOR.MINOR, quoted.');

/** What an answers file holds: who it is about, and the raw answers (checked against the questionnaire separately). */
export const answersFile = z
  .strictObject({
    'interlock-answers': z.literal(1).describe('Format version; always 1.'),
    project: projectName.optional(),
    crate: crateName.optional(),
    'go-module': goModulePath.optional(),
    abi: abiVersion.optional(),
    answers: z
      .record(z.string().max(64), z.union([z.string().max(64), z.array(z.string().max(64)).max(32)]))
      .default({})
      .describe('Question ID -> option ID (one-answer questions) or list of option IDs (many-answer questions).'),
  })
  .describe('Answers to the wizard questionnaire, as saved by the wizard or written by hand.');

export type AnswersFile = z.output<typeof answersFile>;

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

/** The facts established by the answers to visible questions, sorted. */
export function factsFromChoices(choices: Choices, q: Questionnaire): string[] {
  const facts = new Set<string>();
  for (const question of allQuestions(q)) {
    for (const id of choices[question.id] ?? []) {
      for (const f of question.options.find((o) => o.id === id)?.facts ?? []) facts.add(f);
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
      best ??= question.options.find((o) => o.facts.length === 0);
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

export const ANSWERS_LIMITS = { maxBytes: 64 * 1024, maxDepth: 6, maxProblems: 50 } as const;

/** Reads an answers.yaml: hardened YAML, schema, then answers checked against the questionnaire with positions. */
export function parseAnswersFile(input: string | Uint8Array, file: string, q: Questionnaire): { answers?: Answers; diagnostics: Diagnostic[] } {
  const read = readYaml(input, file, answersFile, 'answers file', ANSWERS_LIMITS);
  if (!read.ok) return { diagnostics: read.diagnostics };
  const { choices, issues: all } = validateChoices(read.value.answers, q);
  // Unanswered questions become one warning (one line per question would bury a real error), and none
  // at all when the file has errors to fix first.
  const missing = all.filter((i) => i.code === 'answer-missing');
  const issues = all.filter((i) => i.code !== 'answer-missing');
  if (missing.length > 0 && !issues.some((i) => i.severity === 'error')) {
    const ids = missing.map((i) => i.question);
    issues.push({
      code: 'answer-missing',
      severity: 'warning',
      question: ids[0] ?? '',
      message: `${ids.length === 1 ? '1 question is' : `${ids.length} questions are`} not answered, so ${ids.length === 1 ? 'its' : 'their'} checks are left out: ${ids.join(', ')}`,
      path: [],
      key: true,
      hint: 'answer them in the wizard, or add them under answers:',
    });
  }
  const diagnostics: Diagnostic[] = issues.map((i) => {
    const { line, column } = read.locate(['answers', ...i.path], i.key === true ? 'key' : 'value');
    const d: Diagnostic = { code: i.code, severity: i.severity, message: i.message, file, line, column };
    if (i.hint !== undefined) d.hint = i.hint;
    return d;
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const answers: Answers = { choices };
  const v = read.value;
  if (v.project !== undefined) answers.project = v.project;
  if (v.crate !== undefined) answers.crate = v.crate;
  if (v['go-module'] !== undefined) answers.goModule = v['go-module'];
  if (v.abi !== undefined) answers.abi = v.abi;
  return { answers, diagnostics };
}
