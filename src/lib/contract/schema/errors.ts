// The `errors:` table: stable numeric codes with a name, the Go sentinel and a message.
import { z } from 'zod';
import { doc } from './vocabulary.ts';

export const errorCode = z
  .string()
  .regex(/^-?[1-9][0-9]{0,9}$/, 'an error code is a non-zero integer (0 means success)')
  .refine((s) => Math.abs(Number(s)) <= 2 ** 31 - 1, 'an error code fits in a C int32')
  .meta({ title: 'Error code', description: 'A stable non-zero integer that fits in int32; 0 always means success.' });

export const errorEntry = z
  .strictObject({
    name: z
      .string()
      .max(64)
      .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'an error name is kebab-case, like invalid-argument')
      .meta({ title: 'Error name', description: 'A stable kebab-case identifier shown in logs and telemetry, like invalid-argument.' }),
    go: z
      .string()
      .max(64)
      .regex(/^Err[A-Z0-9][A-Za-z0-9]*$/, 'a Go sentinel is an exported identifier starting with Err, like ErrInvalidArgument')
      .meta({ title: 'Go sentinel', description: 'The exported Go sentinel error (errors.Is target), like ErrInvalidArgument.' }),
    message: z.string().min(1).max(500).optional().meta({
      title: 'Message',
      description: 'The default human-readable message; Rust may add context after it.',
    }),
    doc: doc.optional(),
  })
  .meta({ title: 'Error', description: 'One stable error: what Rust returns and what Go turns it into.' });

export const errorTable = z.record(errorCode, errorEntry).meta({
  title: 'Errors',
  description: 'Stable error code -> its name, Go sentinel and message. Codes never change meaning once released.',
});
