// The engine's public API in one import, for the wizard island and the bundle builder (see README.md).
export { loadPlaybook, checklistFromAnswers, checklistFromFacts, unknownFacts } from './playbook.ts';
export type { Playbook, PlaybookSources, SourceFile, RunInfo, FactsIdentity } from './playbook.ts';

export { allQuestions, findQuestion, visibleQuestions, conditionHolds, parseQuestionnaire, RESERVED_KEYS, POSTMORTEM_FIELDS } from './questions.ts';
export type { Questionnaire, Section, Question, Option, PostmortemField, Choices } from './questions.ts';

export { validateChoices, factsFromChoices, choicesFromFacts, answersHash, parseAnswersFile, answersFile } from './answers.ts';
export type { Answers, AnswerIssue, AnswersFile } from './answers.ts';

export { buildChecklist, ruleApplies, compareRules, checklistRules, metaProblems } from './checklist.ts';
export type { Checklist, ChecklistMeta, ChecklistInputRef, PhaseGroup } from './checklist.ts';

export { buildPostmortem, checkProgress, incidentProblems, parseIncidentFile, incidentFile, PROGRESS_STATES, PROSE_LIMITS } from './postmortem.ts';
export type { Incident, Postmortem, ActionItem, Progress, ProgressState } from './postmortem.ts';

export { parseFaultClasses } from './fault-classes.ts';
export type { FaultClass } from './fault-classes.ts';

export { encodeFragment, decodeFragment, FRAGMENT_VERSION, MAX_FRAGMENT_LENGTH } from './fragment.ts';
export type { DecodedFragment, FragmentError, FragmentErrorCode } from './fragment.ts';

export { projectNameProblem, crateNameProblem, goModuleProblem, abiVersionProblem, dateProblem, incidentIdProblem, proseProblem } from './names.ts';
export { canonicalJson, canonicalHash } from './canonical.ts';
export { sha256, sha256Hex } from './sha256.ts';
