// Format 1.1: library-wide defaults, so a header whose every function aborts on panic, or blocks, says it once.
import { z } from 'zod';
import { errorPolicy, panicPolicy } from './vocabulary.ts';

export const defaults = z
  .strictObject({
    errors: errorPolicy.optional(),
    panics: panicPolicy.optional(),
    blocking: z.boolean().optional().meta({ title: 'Blocking', description: 'Every function can run long unless it says blocking: false.' }),
  })
  .meta({
    title: 'Defaults',
    description: 'Format 1.1: values every function takes unless it sets its own (errors, panics, blocking).',
  });
