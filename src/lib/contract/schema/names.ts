// The contract schema's name fields in zod: C identifiers for functions, types and members. The checks themselves
// are the plain functions of ../names.ts, so a refused name reads the same in every face.
import { z } from 'zod';
import { functionNameProblem, GO_KEYWORDS, identifierProblem, MAX_IDENT, printable, RUST_KEYWORDS } from '../names.ts';
import { BUILTIN_TYPES } from './vocabulary.ts';

/**
 * A string an allow-list check accepts: a refusal reads `what "value" problem` and is marked as a refused name
 * (schema-bad-name), for every name field of a contract, an answers file or an incident file.
 */
export function checkedName(what: string, check: (s: string) => string | undefined) {
  return z.string().superRefine((s, ctx) => {
    const problem = check(s);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `${what} "${printable(s)}" ${problem}`, params: { rule: 'name' } });
  });
}

/** The shape part of the rule, so the JSON Schema (and editors) can check it too. */
const C_IDENT_SHAPE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

function identifier(what: string, check: (s: string) => string | undefined = identifierProblem) {
  return z
    .string()
    .regex(C_IDENT_SHAPE, `a ${what} is a C identifier: ASCII letters, digits and _, not starting with a digit, at most ${MAX_IDENT} characters`)
    .superRefine((s, ctx) => {
      if (!C_IDENT_SHAPE.test(s)) return;
      const problem = check(s);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `${what} "${printable(s)}" ${problem}`, params: { rule: 'name' } });
    });
}

/** A C function name exported by the library. */
export const functionName = identifier('function name', functionNameProblem).meta({
  title: 'Function name',
  description: 'The exported C symbol as the header spells it: a C identifier (ASCII letters, digits, _), at most 64 characters, not a C or Go keyword (Go calls it as C.<name>); Rust keywords are fine (r#match).',
});
/** A contract type name, used as the C typedef, the Go type and the Rust type. */
export const typeName = identifier('type name', (s) => identifierProblem(s) ?? (GO_KEYWORDS.has(s) || RUST_KEYWORDS.has(s) ? 'is a Go or Rust keyword, and a contract type names the Go and Rust types too' : undefined))
  .refine((s) => !(BUILTIN_TYPES as readonly string[]).includes(s), { message: 'a declared type must not reuse a built-in type name', params: { rule: 'name' } })
  .meta({
  title: 'Type name',
  description: 'A C identifier that names the type in C, Go and Rust alike; not a built-in type name or a keyword.',
});
/** A parameter, struct field or enum value name. */
export const memberName = identifier('name').meta({
  title: 'Member name',
  description: 'A C identifier (parameter, struct field or enum value) as the header spells it; Go and Rust keywords are fine (cgo reaches a field `type` as `_type`, Rust writes `r#type`).',
});
