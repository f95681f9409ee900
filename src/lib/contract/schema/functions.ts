// Function declarations under `functions:`: parameters, return value, error and panic policy, blocking.
import { z } from 'zod';
import { functionName, memberName } from './names.ts';
import { allow, callbackContext, doc, errorPolicy, from, lifetime, outParam, panicPolicy, pass, runsOn } from './vocabulary.ts';

const valueType = z
  .string()
  .min(1)
  .max(64)
  .meta({
    title: 'Value type',
    description:
      'A built-in type (bool, i8..i64, u8..u64, isize, usize, f32, f64, bytes, string, callback) or a type declared under `types`.',
    examples: ['bytes', 'u32', 'callback', 'Image'],
  });

/** Fields shared by parameters and return values. */
const valueFields = {
  type: valueType,
  from: from.optional(),
  pass: pass.optional(),
  lifetime: lifetime.optional(),
  pinned: z.boolean().optional().meta({
    title: 'Pinned',
    description: 'Go memory that Rust keeps after the call is pinned with runtime.Pinner until the lifetime ends.',
  }),
  nullable: z.boolean().optional().meta({
    title: 'Nullable',
    description: 'NULL is a legal value (Go nil); otherwise the receiver rejects NULL with invalid-argument.',
  }),
  doc: doc.optional(),
};

const param = z
  .strictObject({
    ...valueFields,
    context: callbackContext.optional(),
    'runs-on': runsOn.optional(),
    until: functionName.optional().meta({
      title: 'Registered until',
      description: 'For a callback Rust keeps: the function whose call ends the registration (after it returns, the callback never runs again).',
    }),
    out: outParam.optional(),
    count: memberName.optional().meta({
      title: 'Element count',
      description: 'Format 1.1: the parameter points to an array; this other integer parameter of the same function holds its element count.',
    }),
    'sized-by': functionName.optional().meta({
      title: 'Sized by',
      description: 'Format 1.1: the parameter points to an array with as many elements as this function returns for the same handle (a length another object fixes).',
    }),
    lengths: memberName.optional().meta({
      title: 'Element lengths',
      description: 'Format 1.1, with count: for an array of bytes or strings given as pointers, the parameter holding the parallel array of byte lengths.',
    }),
    env: memberName.optional().meta({
      title: 'Callback environment',
      description: 'Format 1.1, on a callback: the void * parameter of the same function that Rust passes back to every invocation.',
    }),
    'free-env': memberName.optional().meta({
      title: 'Environment finalizer',
      description: 'Format 1.1, on a callback: the callback parameter Rust calls exactly once when it drops the callback and its environment.',
    }),
  })
  .meta({ title: 'Parameter', description: 'One parameter: its type and who owns the memory behind it, for how long.' });

const returnValue = z
  .strictObject(valueFields)
  .meta({ title: 'Return value', description: 'What the function returns and who owns it afterwards.' });

export const functionDecl = z
  .strictObject({
    params: z.record(memberName, param).optional().meta({
      title: 'Parameters',
      description: 'Parameter name -> parameter, in C declaration order.',
    }),
    returns: returnValue.optional(),
    errors: errorPolicy.optional(),
    panics: panicPolicy.optional(),
    'locks-os-thread': z.boolean().optional().meta({
      title: 'Locks the OS thread',
      description: 'The Go wrapper calls runtime.LockOSThread around this call and the follow-up that reads thread-local state.',
    }),
    exclusive: z.boolean().optional().meta({
      title: 'Exclusive',
      description: 'Format 1.1: must not overlap with any other call on the same handle, even a handle shared across goroutines (a setter among readers).',
    }),
    'signal-safe': z.boolean().optional().meta({
      title: 'Async-signal-safe',
      description: 'Format 1.1: the function may be called from a signal handler (it neither allocates nor takes locks).',
    }),
    blocking: z.boolean().optional().meta({
      title: 'Blocking',
      description: 'The call can run long (I/O, heavy compute): Go must not hold locks across it and should bound it with a timeout.',
    }),
    cancellable: z
      .strictObject({
        via: functionName.meta({
          title: 'Cancel function',
          description: 'The function Go calls (from another goroutine) to make this call return early, typically when a context.Context is done.',
        }),
        doc: doc.optional(),
      })
      .optional()
      .meta({ title: 'Cancellable', description: 'How a running call is cancelled from Go.' }),
    doc: doc.optional(),
    allow: allow.optional(),
  })
  .meta({ title: 'Function', description: 'One exported C function of the library.' });
