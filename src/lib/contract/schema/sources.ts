// The optional `sources:` block: where the header, the Rust crate and the Go package live, for `interlock drift`.
import { z } from 'zod';

const sourcePath = z
  .string()
  .min(1)
  .max(512)
  .regex(/^(?![/\\])(?![A-Za-z]:)[^\u0000-\u001f\\]+$/, 'a relative path with forward slashes, like include/imgproc.h')
  .meta({
    title: 'Source path',
    description: 'Relative to the contract file, with forward slashes.',
    examples: ['include/imgproc.h', 'crates/imgproc-ffi', 'go/imgproc'],
  });

export const sources = z
  .strictObject({
    header: sourcePath.optional().meta({ title: 'Header', description: 'The C header both sides build against.' }),
    rust: sourcePath.optional().meta({ title: 'Rust crate', description: 'The crate that exports the functions (its src/lib.rs is read), or one .rs file.' }),
    go: sourcePath.optional().meta({ title: 'Go package', description: 'The directory of the Go package that calls the library through cgo.' }),
    only: z
      .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a C name prefix, like wasmtime_store_'))
      .min(1)
      .max(64)
      .optional()
      .meta({
        title: 'Only these prefixes (format 1.1)',
        description: 'The contract covers the functions whose names start with one of these prefixes; drift reports other header functions as unlisted only when they match one. For a library larger than one contract.',
        examples: [['wasmtime_store_', 'wasmtime_context_']],
      }),
  })
  .meta({
    title: 'Sources',
    description: 'Where the code behind this contract lives; `interlock drift` reads it and reports what differs. Paths on the command line override these.',
  });
