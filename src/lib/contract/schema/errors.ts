// The `errors:` table: stable numeric codes with a name, the Go sentinel and a message, and the one code that
// means success (`success-code:`, format 1.1; 0 unless a library says otherwise, like rustls' 7000).
import { z } from 'zod';
import { doc } from './vocabulary.ts';

const INT32_MAX = 2 ** 31 - 1;

const errorCode = z
  .string()
  .regex(/^-?(0|[1-9][0-9]{0,9})$/, 'an error code is an integer, like 3 or -22')
  .refine((s) => Math.abs(Number(s)) <= INT32_MAX, 'an error code fits in a C int32')
  .meta({ title: 'Error code', description: 'A stable integer that fits in int32 and is not the success code (0 unless `success-code:` says otherwise).' });

export const successCode = z
  .number()
  .int('the success code is an integer')
  .min(-INT32_MAX)
  .max(INT32_MAX)
  .meta({
    title: 'Success code',
    description: 'Format 1.1: the status every `errors: return-code` function returns on success, when it is not 0 (rustls returns 7000). Go treats this value, and only it, as success.',
    examples: [7000],
  });

/** The issue for an `errors:` key that is the success code: the same number cannot mean both. */
export function successCodeClash(codes: readonly string[], success: number): string | undefined {
  const clash = codes.find((c) => Number(c) === success);
  return clash === undefined ? undefined : clash;
}

const errorEntry = z
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
      .optional()
      .meta({
        title: 'Go sentinel',
        description: 'The exported Go sentinel error (errors.Is target), like ErrInvalidArgument. Required in format 1; format 1.1 may leave it out when the Go wrapper reports the code in a typed error (errors.As) instead of a sentinel per code.',
      }),
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
