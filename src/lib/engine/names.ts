// Allow-lists for the names a user types into the wizard or an answers file. They end up in Markdown,
// JSON, generated Cargo.toml/go.mod and zip paths, so they are validated once here and refused, never escaped.
import { ABI_VERSION_PATTERN, goModulePathProblem, libraryNameProblem, printable } from '../contract/names.ts';

type NameKind = 'project' | 'crate' | 'go-module' | 'abi' | 'date' | 'incident';

/** Why a project name is refused, or undefined. The same rule as a contract's library name. */
export function projectNameProblem(name: string): string | undefined {
  return libraryNameProblem(name);
}

/** Why a Rust crate name is refused, or undefined (lower-case, kebab or snake case, not reserved). */
export function crateNameProblem(name: string): string | undefined {
  return libraryNameProblem(name);
}

/** Why a Go module path is refused, or undefined (golang.org/x/mod/module.CheckPath rules). */
export function goModuleProblem(path: string): string | undefined {
  return goModulePathProblem(path);
}

/** MAJOR.MINOR, as in a contract's `abi` field. */
export function abiVersionProblem(text: string): string | undefined {
  return ABI_VERSION_PATTERN.test(text) ? undefined : 'must be MAJOR.MINOR, like 3.1';
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function dateProblem(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return 'must be a date written YYYY-MM-DD';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1970 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return 'is not a real calendar date';
  }
  return undefined;
}

/** An incident identifier like INC-2026-014 or PM-42: letters, digits and dashes, starting with a letter. */
export function incidentIdProblem(text: string): string | undefined {
  if (text.length === 0) return 'must not be empty';
  if (text.length > 40) return 'is longer than 40 characters';
  return /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/.test(text) ? undefined : 'may hold only ASCII letters, digits and single dashes, starting with a letter';
}

/** The names a share link, an answers file and the wizard's form carry besides the answers. */
export type IdentityKey = 'project' | 'crate' | 'go-module' | 'abi';

/** Why an identity field's value is refused, or undefined. */
export function identityProblem(key: IdentityKey, value: string): string | undefined {
  return NAME_CHECKS[key](value);
}

const NAME_CHECKS: Readonly<Record<NameKind, (s: string) => string | undefined>> = {
  project: projectNameProblem,
  crate: crateNameProblem,
  'go-module': goModuleProblem,
  abi: abiVersionProblem,
  date: dateProblem,
  incident: incidentIdProblem,
};

/** Free text (incident summary, impact...) is prose, not a name: it is limited in size and refused when it holds
 * characters that would change the structure of the Markdown it lands in or hide what it says. */
export function proseProblem(text: string, max: number): string | undefined {
  if (text.trim().length === 0) return 'must not be empty';
  if (text.length > max) return `is longer than ${max} characters`;
  const bad = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff<`]/.exec(text);
  if (bad !== null) {
    const ch = bad[0];
    if (ch === '<') return 'must not contain "<" (HTML is not allowed; write "less than")';
    if (ch === '`') return 'must not contain backticks';
    return `must not contain the control character U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  }
  if (/^ {0,3}(#|```|~~~|---|\*\*\*|___|\||>)/m.test(text)) return 'must be plain sentences: no line may start with a Markdown heading, fence, rule, table or quote marker';
  return undefined;
}

export { printable };
