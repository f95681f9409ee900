// The questionnaire file format (playbooks/questions.yaml) in zod, and its parser: hardened YAML, the schema, then
// the cross-checks of questions.ts. Loads zod and yaml: the browser uses questions.ts and gets parsed data.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { factId } from '../ids.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { checkQuestionnaire, POSTMORTEM_FIELDS, RESERVED_KEYS, type Questionnaire } from './questions.ts';

const kebab = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a kebab-case ID like error-policy');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** A handbook page slug as the site routes it: content/docs/<slug>.mdx is served at /<slug>/. */
const pageSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'a handbook page slug like crossing/copy-borrow-or-handle')
  .describe('A handbook page: content/docs/<slug>.mdx, served at /<slug>/.');

const option = z
  .strictObject({
    id: kebab.describe('Stable option ID, used in answers files and share links; never reused for another meaning.'),
    label: text(200).describe('What the user picks, in their words.'),
    facts: z.array(factId).default([]).describe('Facts this answer establishes.'),
    exclusive: z.boolean().optional().describe('For a many-answer question: this option cannot be combined with others (like "none").'),
    'find-out': text(400)
      .optional()
      .describe('Makes this the "I don\'t know" answer: how to find out. It keeps the checks of every other option, each marked as waiting for the answer.'),
  })
  .refine((o) => o['find-out'] === undefined || o.facts.length === 0, { message: 'an "I don\'t know" option (find-out) establishes no facts of its own: it keeps the other options\' checks', path: ['facts'] })
  .describe('One possible answer.');

const showIf = z
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

const section = z
  .strictObject({
    id: kebab,
    title: text(80),
    intro: text(400).optional(),
    questions: z.array(question).min(1),
  })
  .describe('A group of questions shown together.');

const postmortemField = z
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

const QUESTIONS_LIMITS = { maxBytes: 128 * 1024, maxDepth: 10, maxProblems: 50 } as const;

/** Parses and cross-checks questions.yaml text; diagnostics carry file, line and column. */
export function parseQuestionnaire(input: string | Uint8Array, file: string, knownFacts: ReadonlySet<string>): { questionnaire?: Questionnaire; diagnostics: Diagnostic[] } {
  const read = readYaml(input, file, questionnaire, 'questionnaire', QUESTIONS_LIMITS, { refuseCommentAfterPlainText: true });
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
