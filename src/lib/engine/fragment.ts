// Share links: answers <-> a compact, versioned URL fragment such as
//   #v=1&project=imgproc&handles=yes&buffers=go-borrowed,rust-owned
// Decoding validates everything and returns an error value; a crafted or oversized fragment never throws.
import { validateChoices, type AnswerIssue, type Answers } from './answers.ts';
import { identityProblem, printable, type IdentityKey } from './names.ts';
import { allQuestions, RESERVED_KEYS, type Questionnaire } from './questions.ts';

/** The only fragment version this code reads and writes. */
const FRAGMENT_VERSION = '1';
/** Longest fragment accepted: far above any real answer set, far below what could slow a browser. */
export const MAX_FRAGMENT_LENGTH = 2048;
const MAX_PARTS = 64;
/** Every character the encoder can produce; anything else (%, spaces, quotes, <) is refused, not decoded. */
const ALLOWED = /^[A-Za-z0-9._~,=&/-]*$/;

type FragmentErrorCode =
  | 'fragment-empty'
  | 'fragment-too-long'
  | 'fragment-bad-character'
  | 'fragment-malformed'
  | 'fragment-version'
  | 'fragment-duplicate-key'
  | 'fragment-bad-name'
  | 'fragment-bad-answer'
  | 'fragment-invalid';

interface FragmentError {
  code: FragmentErrorCode;
  message: string;
}

type DecodedFragment =
  | { ok: true; answers: Answers; warnings: AnswerIssue[] }
  | { ok: false; error: FragmentError };

const fail = (code: FragmentErrorCode, message: string): DecodedFragment => ({ ok: false, error: { code, message } });

/** Answers -> fragment text (without the leading #): identity fields first, then questions in questionnaire order. */
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

/** Fragment text (with or without the leading #) -> validated answers, or an error value. */
export function decodeFragment(fragment: string, q: Questionnaire): DecodedFragment {
  try {
    return decodeUnguarded(fragment, q);
  } catch {
    return fail('fragment-invalid', 'the link could not be read');
  }
}

function decodeUnguarded(fragment: string, q: Questionnaire): DecodedFragment {
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
    if (eq <= 0 || part.indexOf('=', eq + 1) !== -1 || eq === part.length - 1) {
      return fail('fragment-malformed', `"${printable(part)}" is not of the form key=value`);
    }
    pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  const [first] = pairs;
  if (first === undefined || first[0] !== 'v') return fail('fragment-version', 'the link does not start with a format version (v=1)');
  if (first[1] !== FRAGMENT_VERSION) return fail('fragment-version', `the link uses format version ${printable(first[1])}; this version of Interlock reads version ${FRAGMENT_VERSION}`);
  const seen = new Set<string>();
  const answers: Answers = { choices: {} };
  // No prototype: a key like __proto__ must stay a key (and be refused as an unknown question).
  const raw: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  const kinds = new Map(allQuestions(q).map((x) => [x.id, x.kind]));
  for (const [key, value] of pairs.slice(1)) {
    if (seen.has(key) || key === 'v') return fail('fragment-duplicate-key', `"${printable(key)}" appears twice in the link`);
    seen.add(key);
    if ((RESERVED_KEYS as readonly string[]).includes(key)) {
      // 'v' never gets here: a second v is a duplicate key above.
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
  const { choices, issues } = validateChoices(raw, q);
  const error = issues.find((i) => i.severity === 'error');
  if (error !== undefined) return fail('fragment-bad-answer', error.message);
  answers.choices = choices;
  return { ok: true, answers, warnings: issues };
}
