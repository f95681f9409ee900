// The root of a boundary contract: the single source for validation, the JSON Schema and the format docs.
import { z } from 'zod';
import { errorTable } from './errors.ts';
import { functionDecl } from './functions.ts';
import { library } from './library.ts';
import { functionName, typeName } from './names.ts';
import { sources } from './sources.ts';
import { typeDecl } from './types.ts';
import { doc } from './vocabulary.ts';

export const contractSchema = z
  .strictObject({
    interlock: z.literal(1).meta({ title: 'Format version', description: 'The contract format version; always 1.' }),
    library,
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
    sources: sources.optional(),
  })
  .meta({
    title: 'Interlock boundary contract',
    description:
      'The C-ABI surface between a Go program and a Rust library: who allocates and frees each value, borrow lifetimes, threads, errors and panics.',
  });

export type ContractInput = z.input<typeof contractSchema>;
export type ContractData = z.output<typeof contractSchema>;
