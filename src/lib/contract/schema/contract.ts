// The root of a boundary contract: the single source for validation, the JSON Schema and the format docs.
import { z } from 'zod';
import { errorTable, successCode, successCodeClash } from './errors.ts';
import { functionDecl } from './functions.ts';
import { library } from './library.ts';
import { functionName, typeName } from './names.ts';
import { sources } from './sources.ts';
import { typeDecl } from './types.ts';
import { allow, doc } from './vocabulary.ts';
import { defaults } from './defaults.ts';
import { formatOneOneFields } from './version-gate.ts';

export const contractSchema = z
  .strictObject({
    interlock: z.literal([1, 1.1]).meta({
      title: 'Format version',
      description: 'The contract format version: 1, or 1.1 for a contract that uses a field new in 1.1 (defaults, a library-wide allow, out-parameters, arrays, callback environments, parent handles, struct create/destroy, a success code other than 0). Every 1 file is a valid 1.1 file with the same meaning.',
    }),
    library,
    defaults: defaults.optional(),
    allow: allow.optional().meta({ title: 'Acknowledged everywhere', description: 'Format 1.1: lint rules acknowledged for the whole contract, each with its reason.' }),
    doc: doc.optional(),
    types: z.record(typeName, typeDecl).optional().meta({
      title: 'Types',
      description: 'Type name -> declaration of every non-built-in type that crosses the boundary.',
    }),
    functions: z.record(functionName, functionDecl).meta({
      title: 'Functions',
      description: 'Exported C function name -> its parameters, return value, error and panic policy.',
    }),
    errors: errorTable.optional(),
    'success-code': successCode.optional(),
    sources: sources.optional(),
  })
  .superRefine((c, ctx) => {
    const success = c['success-code'] ?? 0;
    const clash = successCodeClash(Object.keys(c.errors ?? {}), success);
    if (clash !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['errors', clash], message: success === 0 ? 'error code 0 means success; an error code is any other integer' : `error code ${clash} is the success-code: one number cannot mean success and an error`, input: clash });
    }
    if (c.interlock === 1.1) return;
    for (const [code, e] of Object.entries(c.errors ?? {})) {
      if (e.go === undefined) ctx.addIssue({ code: 'custom', path: ['errors', code], message: 'name the Go sentinel (go: ErrSomething), or write interlock: 1.1 on the first line to leave it out', input: e });
    }
    for (const path of formatOneOneFields(c)) {
      ctx.addIssue({ code: 'custom', path, message: 'new in format 1.1: write interlock: 1.1 on the first line' });
    }
  })
  .meta({
    title: 'Interlock boundary contract',
    description:
      'The C-ABI surface between a Go program and a Rust library: who allocates and frees each value, borrow lifetimes, threads, errors and panics.',
  });

export type ContractData = z.output<typeof contractSchema>;
