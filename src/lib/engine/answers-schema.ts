// The answers-file format (answers.yaml, `interlock-answers: 1`) in zod, and its reader: hardened YAML, the schema,
// then answers.ts's validation with line:column positions. Loads zod and yaml; the browser needs only answers.ts.
import { z } from 'zod';
import { checkedName } from '../contract/schema/names.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { validateChoices, type Answers } from './answers.ts';
import { abiVersionProblem, crateNameProblem, goModuleProblem, projectNameProblem } from './names.ts';
import type { Questionnaire } from './questions.ts';

const projectName = checkedName('project name', projectNameProblem).describe('The project: lower-case kebab-case or snake_case, at most 64 characters.');
const crateName = checkedName('crate name', crateNameProblem).describe('The Rust crate behind the boundary.');
const goModulePath = checkedName('Go module path', goModuleProblem).describe('The Go module that wraps the library, like example.com/imgproc.');
const abiVersion = checkedName('ABI version', abiVersionProblem).describe('The library ABI version, MAJOR.MINOR, quoted.');

/** What an answers file holds: who it is about, and the raw answers (checked against the questionnaire separately). */
const answersFile = z
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
