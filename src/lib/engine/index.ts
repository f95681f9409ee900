// The engine's public API in one import, for Node callers (CLI, site build, bundle). It loads zod and yaml; browser
// code imports the pure modules it needs directly (see README.md, "Pure modules and file formats").
export { checklistFromAnswers, checklistFromFacts, unknownFacts } from './playbook.ts';
export type { Playbook, RunInfo, FactsIdentity } from './playbook.ts';
export { loadPlaybook } from './load-playbook.ts';
export type { PlaybookSources, SourceFile } from './load-playbook.ts';

export { allQuestions, findQuestion, visibleQuestions, conditionHolds, RESERVED_KEYS, POSTMORTEM_FIELDS } from './questions.ts';
export type { Questionnaire, Section, Question, Option, PostmortemField, Choices } from './questions.ts';
export { parseQuestionnaire } from './questions-schema.ts';

export { validateChoices, factsFromChoices, choicesFromFacts, answersHash } from './answers.ts';
export type { Answers, AnswerIssue } from './answers.ts';
export { parseAnswersFile, answersFile } from './answers-schema.ts';
export type { AnswersFile } from './answers-schema.ts';

export { buildChecklist, checklistPhases, ruleApplies, compareRules, checklistRules, metaProblems } from './checklist.ts';
export type { Checklist, ChecklistMeta, ChecklistInputRef, PhaseGroup } from './checklist.ts';

export { actionItems, buildPostmortem, checkProgress, incidentProblems, PROGRESS_STATES, PROSE_LIMITS } from './postmortem.ts';
export type { Incident, Postmortem, ActionItem, Progress, ProgressState } from './postmortem.ts';
export { parseIncidentFile, incidentFile } from './postmortem-schema.ts';

export { parseFaultClasses } from './fault-classes-schema.ts';
export type { FaultClass } from './fault-classes.ts';

export { encodeFragment, decodeFragment, FRAGMENT_VERSION, MAX_FRAGMENT_LENGTH } from './fragment.ts';
export type { DecodedFragment, FragmentError, FragmentErrorCode } from './fragment.ts';

export { projectNameProblem, crateNameProblem, goModuleProblem, abiVersionProblem, dateProblem, incidentIdProblem, identityProblem, proseProblem } from './names.ts';
export type { IdentityKey } from './names.ts';
export { canonicalJson, canonicalHash } from './canonical.ts';
export { sha256, sha256Hex } from './sha256.ts';
