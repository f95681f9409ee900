// The engine's hot path for the browser without zod or yaml: visibility, facts, checklist order, names and share links.
// Every function mirrors one in src/lib/engine/ (named beside it); the page calls these on each keystroke, so they
// must not pull in the 90 KB of schema code the engine modules load. test/unit/bundle/engine-lite.test.ts proves
// each one returns exactly what the engine returns; exports, contract parsing and the zip use the engine itself.
import type { Answers } from '../lib/engine/answers.ts';
import type { Question, Questionnaire } from '../lib/engine/questions.ts';
import type { Rule } from '../lib/rules/schema.ts';

type Choices = Readonly<Record<string, readonly string[]>>;

// ---- questions.ts ----------------------------------------------------------------------------------------------

export function allQuestions(q: Questionnaire): Question[] {
  return q.sections.flatMap((s) => s.questions);
}

export function conditionHolds(showIf: Readonly<Record<string, readonly string[]>> | undefined, choices: Choices): boolean {
  if (showIf === undefined) return true;
  return Object.entries(showIf).every(([qid, wanted]) => (choices[qid] ?? []).some((o) => wanted.includes(o)));
}

/** Mirrors visibleQuestions. */
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

// ---- answers.ts ------------------------------------------------------------------------------------------------

/** Mirrors validateChoices for what the page needs: the accepted choices and the first error message. */
export function validateChoices(raw: Readonly<Record<string, string | readonly string[]>>, q: Questionnaire): { choices: Record<string, string[]>; error?: string } {
  const questions = allQuestions(q);
  const byId = new Map(questions.map((x) => [x.id, x]));
  const accepted: Record<string, string[]> = {};
  let error: string | undefined;
  const report = (message: string): void => {
    error ??= message;
  };
  for (const [qid, value] of Object.entries(raw)) {
    const question = byId.get(qid);
    if (question === undefined) {
      report(`there is no question "${printable(qid)}"`);
      continue;
    }
    const optionIds = question.options.map((o) => o.id);
    let picked: string[];
    if (question.kind === 'one') {
      if (typeof value !== 'string') {
        report(`question "${qid}" takes one option, not a list`);
        continue;
      }
      picked = [value];
    } else {
      if (typeof value === 'string') {
        report(`question "${qid}" takes a list of options`);
        continue;
      }
      if (value.length === 0) {
        report(`question "${qid}" needs at least one option`);
        continue;
      }
      picked = [...value];
    }
    let ok = true;
    picked.forEach((o, i) => {
      if (!optionIds.includes(o)) {
        report(`question "${qid}" has no option "${printable(o)}"`);
        ok = false;
      } else if (picked.indexOf(o) !== i) {
        report(`option "${o}" is listed twice`);
        ok = false;
      }
    });
    const exclusive = question.options.filter((o) => o.exclusive === true && picked.includes(o.id));
    if (ok && exclusive.length > 0 && picked.length > 1) {
      report(`option "${exclusive[0]?.id}" of question "${qid}" cannot be combined with other options`);
      ok = false;
    }
    if (ok) accepted[qid] = [...picked].sort((a, b) => optionIds.indexOf(a) - optionIds.indexOf(b));
  }
  const choices: Record<string, string[]> = {};
  for (const question of questions) {
    if (!conditionHolds(question['show-if'], choices)) continue;
    const answer = accepted[question.id];
    if (answer !== undefined) choices[question.id] = answer;
  }
  return error === undefined ? { choices } : { choices, error };
}

/** Mirrors factsFromChoices. */
export function factsFromChoices(choices: Choices, q: Questionnaire): string[] {
  const facts = new Set<string>();
  for (const question of allQuestions(q)) {
    for (const id of choices[question.id] ?? []) {
      for (const f of question.options.find((o) => o.id === id)?.facts ?? []) facts.add(f);
    }
  }
  return [...facts].sort();
}

// ---- checklist.ts ----------------------------------------------------------------------------------------------

export const PHASES = ['design', 'implementation', 'testing', 'release', 'incident-follow-up'] as const;

/** Mirrors export/markdown.ts PHASE_TITLES. */
export const PHASE_TITLES: Readonly<Record<(typeof PHASES)[number], string>> = {
  design: 'Design',
  implementation: 'Implementation',
  testing: 'Testing',
  release: 'Release',
  'incident-follow-up': 'Incident follow-up',
};
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/** Mirrors ruleApplies. */
export function ruleApplies(rule: Rule, facts: ReadonlySet<string>): boolean {
  const when = rule.when;
  if (when === undefined) return true;
  if (when['all-of'] !== undefined && !when['all-of'].every((f) => facts.has(f))) return false;
  if (when['any-of'] !== undefined && !when['any-of'].some((f) => facts.has(f))) return false;
  return true;
}

/** Mirrors buildChecklist's phases: the rules that apply, by phase, then severity, then ID. */
export function checklistPhases(rules: readonly Rule[], facts: Iterable<string>): Array<{ phase: Rule['phase']; rules: Rule[] }> {
  const factSet = new Set(facts);
  const applicable = rules.filter((r) => ruleApplies(r, factSet));
  const rank = (r: Rule): number => SEVERITIES.indexOf(r.severity);
  const out: Array<{ phase: Rule['phase']; rules: Rule[] }> = [];
  for (const phase of PHASES) {
    const inPhase = applicable
      .filter((r) => r.phase === phase)
      .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (inPhase.length > 0) out.push({ phase, rules: inPhase });
  }
  return out;
}

// ---- names.ts (and contract/schema/names.ts) -------------------------------------------------------------------

const RUST_KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'async', 'await', 'break', 'const', 'continue', 'crate', 'dyn', 'else', 'enum', 'extern', 'false', 'fn', 'for',
  'gen', 'if', 'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self',
  'static', 'struct', 'super', 'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while', 'abstract', 'become', 'box',
  'do', 'final', 'macro', 'override', 'priv', 'try', 'typeof', 'unsized', 'virtual', 'yield',
]);
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function printable(s: string): string {
  const shown = s.length > 40 ? `${s.slice(0, 40)}...` : s;
  return shown.replace(/[^\x20-\x7e]/gu, (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? '?'}}`);
}

/** Mirrors libraryNameProblem (projectNameProblem, crateNameProblem). */
export function libraryNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'must not be empty';
  if (name.length > 64) return 'is longer than 64 characters';
  if (!/^[a-z][a-z0-9]*([_-][a-z0-9]+)*$/.test(name)) {
    return 'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter';
  }
  if (WINDOWS_RESERVED.test(name)) return 'is a reserved device name on Windows';
  if (RUST_KEYWORDS.has(name) || name === 'test' || name === 'std' || name === 'core' || name === 'alloc') {
    return 'is reserved for Rust crates';
  }
  return undefined;
}

/** Mirrors goModulePathProblem (goModuleProblem). */
export function goModulePathProblem(path: string): string | undefined {
  if (path.length === 0) return 'must not be empty';
  if (path.length > 200) return 'is longer than 200 characters';
  const elems = path.split('/');
  const first = elems[0] ?? '';
  if (!/^[a-z0-9.-]+$/.test(first)) return `first element "${printable(first)}" may hold only lower-case ASCII letters, digits, dots and dashes`;
  if (!first.includes('.')) return `first element "${printable(first)}" must be a domain name with a dot (like example.com)`;
  if (first.startsWith('-')) return 'first element must not start with a dash';
  for (const elem of elems) {
    if (elem.length === 0) return 'must not have empty elements, or a leading or trailing slash';
    if (!/^[A-Za-z0-9._~-]+$/.test(elem)) return `element "${printable(elem)}" may hold only ASCII letters, digits and . _ ~ -`;
    if (elem.startsWith('.') || elem.endsWith('.')) return `element "${printable(elem)}" must not start or end with a dot`;
    const stem = elem.split('.')[0] ?? elem;
    if (WINDOWS_RESERVED.test(stem)) return `element "${elem}" is a reserved device name on Windows`;
    if (/~[0-9]+$/.test(stem)) return `element "${elem}" looks like a Windows short name (ends in ~ and digits)`;
  }
  const last = elems[elems.length - 1] ?? '';
  if (elems.length > 1 && /^v[0-9]+$/.test(last) && !/^v([2-9]|[1-9][0-9]+)$/.test(last)) {
    return `major version suffix "${last}" must be v2 or higher without leading zeros`;
  }
  return undefined;
}

/** Mirrors abiVersionProblem. */
export function abiVersionProblem(text: string): string | undefined {
  return /^(0|[1-9][0-9]{0,4})\.(0|[1-9][0-9]{0,4})$/.test(text) ? undefined : 'must be MAJOR.MINOR, like 3.1';
}

export type IdentityKey = 'project' | 'crate' | 'go-module' | 'abi';

export function identityProblem(key: IdentityKey, value: string): string | undefined {
  if (key === 'project' || key === 'crate') return libraryNameProblem(value);
  if (key === 'go-module') return goModulePathProblem(value);
  return abiVersionProblem(value);
}

// ---- fragment.ts -----------------------------------------------------------------------------------------------

export const FRAGMENT_VERSION = '1';
export const MAX_FRAGMENT_LENGTH = 2048;
const MAX_PARTS = 64;
const ALLOWED = /^[A-Za-z0-9._~,=&/-]*$/;
const RESERVED_KEYS: readonly string[] = ['v', 'project', 'crate', 'go-module', 'abi'];

export type LiteDecoded = { ok: true; answers: Answers } | { ok: false; code: string; message: string };

/** Mirrors encodeFragment. */
export function encodeFragment(answers: Answers, q: Questionnaire): string {
  const parts = [`v=${FRAGMENT_VERSION}`];
  if (answers.project !== undefined) parts.push(`project=${answers.project}`);
  if (answers.crate !== undefined) parts.push(`crate=${answers.crate}`);
  if (answers.goModule !== undefined) parts.push(`go-module=${answers.goModule}`);
  if (answers.abi !== undefined) parts.push(`abi=${answers.abi}`);
  for (const question of allQuestions(q)) {
    const picked = answers.choices[question.id];
    if (picked === undefined || picked.length === 0) continue;
    const order = question.options.map((o) => o.id);
    parts.push(`${question.id}=${[...picked].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(',')}`);
  }
  return parts.join('&');
}

/** Mirrors decodeFragment: error codes and messages are the engine's, word for word. */
export function decodeFragment(fragment: string, q: Questionnaire): LiteDecoded {
  try {
    return decodeUnguarded(fragment, q);
  } catch {
    return { ok: false, code: 'fragment-invalid', message: 'the link could not be read' };
  }
}

function decodeUnguarded(fragment: string, q: Questionnaire): LiteDecoded {
  const fail = (code: string, message: string): LiteDecoded => ({ ok: false, code, message });
  if (typeof fragment !== 'string') return fail('fragment-invalid', 'the link could not be read');
  if (fragment.length > MAX_FRAGMENT_LENGTH + 1) return fail('fragment-too-long', `the link's answers are longer than ${MAX_FRAGMENT_LENGTH} characters`);
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length === 0) return fail('fragment-empty', 'the link holds no answers');
  if (!ALLOWED.test(text)) {
    const at = [...text].findIndex((ch) => !ALLOWED.test(ch));
    const ch = [...text][at] ?? '';
    return fail('fragment-bad-character', `the link contains a character answers never use (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at position ${at + 1})`);
  }
  const parts = text.split('&');
  if (parts.length > MAX_PARTS) return fail('fragment-malformed', `the link has more than ${MAX_PARTS} parts`);
  const pairs: Array<[string, string]> = [];
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.indexOf('=', eq + 1) !== -1 || eq === part.length - 1) return fail('fragment-malformed', `"${printable(part)}" is not of the form key=value`);
    pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  const [first] = pairs;
  if (first === undefined || first[0] !== 'v') return fail('fragment-version', 'the link does not start with a format version (v=1)');
  if (first[1] !== FRAGMENT_VERSION) return fail('fragment-version', `the link uses format version ${printable(first[1])}; this version of Interlock reads version ${FRAGMENT_VERSION}`);
  const seen = new Set<string>();
  const answers: Answers = { choices: {} };
  const raw: Record<string, string | string[]> = {};
  const kinds = new Map(allQuestions(q).map((x) => [x.id, x.kind]));
  for (const [key, value] of pairs.slice(1)) {
    if (seen.has(key) || key === 'v') return fail('fragment-duplicate-key', `"${printable(key)}" appears twice in the link`);
    seen.add(key);
    if (RESERVED_KEYS.includes(key)) {
      const problem = identityProblem(key as IdentityKey, value);
      if (problem !== undefined) return fail('fragment-bad-name', `${key} "${printable(value)}" ${problem}`);
      if (key === 'project') answers.project = value;
      else if (key === 'crate') answers.crate = value;
      else if (key === 'go-module') answers.goModule = value;
      else answers.abi = value;
      continue;
    }
    const values = value.split(',');
    raw[key] = kinds.get(key) === 'one' && values.length === 1 ? value : values;
  }
  const { choices, error } = validateChoices(raw, q);
  if (error !== undefined) return fail('fragment-bad-answer', error);
  answers.choices = choices;
  return { ok: true, answers };
}

// ---- postmortem.ts ---------------------------------------------------------------------------------------------

export interface LiteActionItem {
  rule: Rule;
  status: 'failed' | 'open';
  guardsFaultClass: boolean;
}

/** Mirrors buildPostmortem's action items: failed first, then open; fault-class rules first, then severity, then ID. */
export function actionItems(rules: readonly Rule[], faultRules: readonly string[], progress: Readonly<Record<string, string>>): LiteActionItem[] {
  const guards = new Set(faultRules);
  return rules
    .filter((r) => progress[r.id] !== 'done')
    .map((r): LiteActionItem => ({ rule: r, status: progress[r.id] === 'failed' ? 'failed' : 'open', guardsFaultClass: guards.has(r.id) }))
    .sort((a, b) =>
      (a.status === b.status ? 0 : a.status === 'failed' ? -1 : 1)
      || Number(b.guardsFaultClass) - Number(a.guardsFaultClass)
      || SEVERITIES.indexOf(a.rule.severity) - SEVERITIES.indexOf(b.rule.severity)
      || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
}
