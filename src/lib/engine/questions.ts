// The wizard's questionnaire (playbooks/questions.yaml): sections of questions whose options map to facts,
// shown progressively (`show-if`), plus the postmortem form. Pure, without zod: types, visibility and the
// cross-checks; questions-schema.ts holds the file format and its parser.
import type { z } from 'zod';
import type { question, questionnaire } from './questions-schema.ts';

/** Keys an answers file and a URL fragment use for things other than questions. */
export const RESERVED_KEYS = ['v', 'project', 'crate', 'go-module', 'abi'] as const;

/** The postmortem fields, in form order; an incident file has exactly these keys (plus `progress`). */
export const POSTMORTEM_FIELDS = ['incident', 'date', 'title', 'fault-class', 'summary', 'impact', 'trigger', 'detection', 'resolution'] as const;

export type Question = z.output<typeof question>;
export type Questionnaire = z.output<typeof questionnaire>;

/** Answers by question ID; a one-answer question holds a list of one option ID. */
export type Choices = Readonly<Record<string, readonly string[]>>;

/** Every question in display order. */
export function allQuestions(q: Questionnaire): Question[] {
  return q.sections.flatMap((s) => s.questions);
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

interface QuestionnaireIssue {
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
