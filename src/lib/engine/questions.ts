// The wizard's questionnaire (playbooks/questions.yaml): sections of questions whose options map to facts,
// shown progressively (`show-if`), plus the postmortem form. Pure: parse, cross-check, evaluate visibility.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { factId } from '../ids.ts';

const kebab = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a kebab-case ID like error-policy');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** Keys an answers file and a URL fragment use for things other than questions. */
export const RESERVED_KEYS = ['v', 'project', 'crate', 'go-module', 'abi'] as const;

/** The postmortem fields, in form order; an incident file has exactly these keys (plus `progress`). */
export const POSTMORTEM_FIELDS = ['incident', 'date', 'title', 'fault-class', 'summary', 'impact', 'trigger', 'detection', 'resolution'] as const;
export type PostmortemFieldId = (typeof POSTMORTEM_FIELDS)[number];

/** A handbook page slug as the site routes it: content/docs/<slug>.mdx is served at /<slug>/. */
export const pageSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'a handbook page slug like crossing/copy-borrow-or-handle')
  .describe('A handbook page: content/docs/<slug>.mdx, served at /<slug>/.');

export const option = z
  .strictObject({
    id: kebab.describe('Stable option ID, used in answers files and share links; never reused for another meaning.'),
    label: text(200).describe('What the user picks, in their words.'),
    facts: z.array(factId).default([]).describe('Facts this answer establishes.'),
    exclusive: z.boolean().optional().describe('For a many-answer question: this option cannot be combined with others (like "none").'),
  })
  .describe('One possible answer.');

export const showIf = z
  .record(kebab, z.array(kebab).min(1))
  .describe('Question ID -> option IDs: shown only when, for every listed earlier question, the answer includes one of those options.');

export const question = z
  .strictObject({
    id: kebab.refine((s) => !(RESERVED_KEYS as readonly string[]).includes(s), `an ID other than ${RESERVED_KEYS.join(', ')}`),
    kind: z.enum(['one', 'many']).describe('one: a single option; many: any number of options.'),
    text: text(300).describe('The question.'),
    help: z
      .strictObject({
        text: text(800).describe('Why the question matters and how to tell the answer.'),
        pages: z.array(pageSlug).default([]).describe('Handbook pages that explain the topic.'),
      })
      .describe('Help shown beside the question.'),
    'show-if': showIf.optional(),
    options: z.array(option).min(2, 'a question needs at least two options'),
  })
  .describe('One wizard question.');

export const section = z
  .strictObject({
    id: kebab,
    title: text(80),
    intro: text(400).optional(),
    questions: z.array(question).min(1),
  })
  .describe('A group of questions shown together.');

export const postmortemField = z
  .strictObject({
    id: z.enum(POSTMORTEM_FIELDS),
    label: text(80),
    kind: z.enum(['id', 'date', 'line', 'text', 'fault-class']).describe('id: an incident ID; date: YYYY-MM-DD; line: one line of prose; text: paragraphs; fault-class: one of playbooks/fault-classes.yaml.'),
    required: z.boolean(),
    max: z.int().min(1).max(4000).optional().describe('Longest accepted text, in characters.'),
    help: text(400),
  })
  .describe('One field of the postmortem form.');

export const questionnaire = z
  .strictObject({
    version: z.literal(1).describe('Format version of this file.'),
    sections: z.array(section).min(1),
    postmortem: z
      .strictObject({
        title: text(80),
        intro: text(600),
        'show-if': showIf,
        fields: z.array(postmortemField).min(1),
      })
      .describe('The postmortem form, shown when the boundary review follows an incident.'),
  })
  .describe('The wizard questionnaire.');

export type Option = z.output<typeof option>;
export type Question = z.output<typeof question>;
export type Section = z.output<typeof section>;
export type Questionnaire = z.output<typeof questionnaire>;
export type PostmortemField = z.output<typeof postmortemField>;

/** Answers by question ID; a one-answer question holds a list of one option ID. */
export type Choices = Readonly<Record<string, readonly string[]>>;

export const QUESTIONS_LIMITS = { maxBytes: 128 * 1024, maxDepth: 10, maxProblems: 50 } as const;

/** Every question in display order. */
export function allQuestions(q: Questionnaire): Question[] {
  return q.sections.flatMap((s) => s.questions);
}

export function findQuestion(q: Questionnaire, id: string): Question | undefined {
  return allQuestions(q).find((x) => x.id === id);
}

/** True when every condition of a show-if holds for the given answers (no show-if: always). */
export function conditionHolds(showIfMap: Readonly<Record<string, readonly string[]>> | undefined, choices: Choices): boolean {
  if (showIfMap === undefined) return true;
  return Object.entries(showIfMap).every(([qid, wanted]) => (choices[qid] ?? []).some((o) => wanted.includes(o)));
}

/**
 * The questions a user sees for these answers, in order. A question whose condition depends on a hidden
 * question is hidden too, because hidden questions' answers are ignored.
 */
export function visibleQuestions(q: Questionnaire, choices: Choices): Question[] {
  const effective: Record<string, readonly string[]> = {};
  const shown: Question[] = [];
  for (const question of allQuestions(q)) {
    if (!conditionHolds(question['show-if'], effective)) continue;
    shown.push(question);
    const answer = choices[question.id];
    if (answer !== undefined) effective[question.id] = answer;
  }
  return shown;
}

export interface QuestionnaireIssue {
  path: (string | number)[];
  message: string;
}

/** Cross-checks the schema cannot express: unique IDs, known facts, show-if pointing backwards at real options. */
export function checkQuestionnaire(q: Questionnaire, knownFacts: ReadonlySet<string>): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const seen = new Map<string, Question>();
  const sectionIds = new Set<string>();
  q.sections.forEach((s, si) => {
    if (sectionIds.has(s.id)) issues.push({ path: ['sections', si, 'id'], message: `section "${s.id}" is defined twice` });
    sectionIds.add(s.id);
    s.questions.forEach((question, qi) => {
      const at = ['sections', si, 'questions', qi];
      if (seen.has(question.id)) issues.push({ path: [...at, 'id'], message: `question "${question.id}" is defined twice` });
      const optionIds = new Set<string>();
      question.options.forEach((o, oi) => {
        if (optionIds.has(o.id)) issues.push({ path: [...at, 'options', oi, 'id'], message: `option "${o.id}" is listed twice` });
        optionIds.add(o.id);
        o.facts.forEach((f, fi) => {
          if (!knownFacts.has(f)) issues.push({ path: [...at, 'options', oi, 'facts', fi], message: `unknown fact "${f}" (not in playbooks/facts.yaml)` });
        });
        if (o.exclusive === true && question.kind !== 'many') issues.push({ path: [...at, 'options', oi, 'exclusive'], message: 'only options of a many-answer question can be exclusive' });
      });
      checkShowIf(question['show-if'], seen, [...at, 'show-if'], issues);
      seen.set(question.id, question);
    });
  });
  checkShowIf(q.postmortem['show-if'], seen, ['postmortem', 'show-if'], issues);
  const fieldIds = q.postmortem.fields.map((f) => f.id);
  POSTMORTEM_FIELDS.forEach((id) => {
    if (!fieldIds.includes(id)) issues.push({ path: ['postmortem', 'fields'], message: `the postmortem form lacks the field "${id}"` });
  });
  fieldIds.forEach((id, i) => {
    if (fieldIds.indexOf(id) !== i) issues.push({ path: ['postmortem', 'fields', i, 'id'], message: `field "${id}" is listed twice` });
  });
  return issues;
}

function checkShowIf(map: Readonly<Record<string, readonly string[]>> | undefined, earlier: ReadonlyMap<string, Question>, at: (string | number)[], issues: QuestionnaireIssue[]): void {
  for (const [qid, options] of Object.entries(map ?? {})) {
    const target = earlier.get(qid);
    if (target === undefined) {
      issues.push({ path: [...at, qid], message: `show-if names "${qid}", which is not an earlier question` });
      continue;
    }
    options.forEach((o, i) => {
      if (!target.options.some((x) => x.id === o)) issues.push({ path: [...at, qid, i], message: `question "${qid}" has no option "${o}"` });
    });
  }
}

/** Parses and cross-checks questions.yaml text; diagnostics carry file, line and column. */
export function parseQuestionnaire(input: string | Uint8Array, file: string, knownFacts: ReadonlySet<string>): { questionnaire?: Questionnaire; diagnostics: Diagnostic[] } {
  const read = readYaml(input, file, questionnaire, 'questionnaire', QUESTIONS_LIMITS);
  if (!read.ok) return { diagnostics: read.diagnostics };
  const issues = checkQuestionnaire(read.value, knownFacts);
  if (issues.length === 0) return { questionnaire: read.value, diagnostics: [] };
  return {
    diagnostics: issues.map((i) => {
      const { line, column } = read.locate(i.path);
      return { code: 'questions-invalid', severity: 'error', message: i.message, file, line, column };
    }),
  };
}
