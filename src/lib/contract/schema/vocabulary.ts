// The closed word lists of the contract format: each one documented once, reused by the schema and the docs.
import { z } from 'zod';

export const owner = z.enum(['go', 'rust']).meta({
  title: 'Owner',
  description: 'Which side allocates the memory and is the only side allowed to free it: go or rust.',
});

export const threads = z.enum(['shared', 'single', 'send']).meta({
  title: 'Thread use',
  description:
    'How Go may use a handle across goroutines. shared: several goroutines at once (the object must be Sync; declare `sync`). ' +
    'send: one goroutine at a time, may move between OS threads. single: must stay on the OS thread that created it (runtime.LockOSThread).',
});

export const sync = z.enum(['mutex-inside', 'wrapper', 'rust-sync']).meta({
  title: 'Synchronisation',
  description:
    'Where concurrent use of a shared handle is made safe. mutex-inside: Rust locks inside every call. wrapper: the Go wrapper holds a sync.Mutex around each call. rust-sync: the Rust type is Sync (immutable after creation, or synchronised inside), so calls may overlap with no lock at all.',
});

export const pass = z.enum(['borrow', 'transfer', 'copy']).meta({
  title: 'Passing mode',
  description:
    'borrow: the callee may read (or write) the memory but the caller keeps ownership. transfer: ownership moves to the receiver, who must release it. copy: the bytes are copied; nobody keeps a pointer.',
});

export const outParam = z.enum(['always', 'on-success', 'on-failure']).meta({
  title: 'Out-parameter',
  description:
    'Format 1.1: the parameter is a pointer the callee writes a value through (`T **out`, `size_t *len`). always: written on every return. ' +
    'on-success: written only when the call succeeds, so Go must not read it after a failure. ' +
    'on-failure: written only when the call fails (a trap or an error object), so Go reads it only after a failure.',
});

export const from = z.enum(['go', 'rust']).meta({
  title: 'Allocated by',
  description: 'Which side allocated the memory behind this value: go (a slice, string or Go struct) or rust.',
});

export const lifetime = z
  .string()
  .regex(/^(call|static|until:[A-Za-z_][A-Za-z0-9_]{0,63})$/, 'lifetime is call, static or until:<function>')
  .meta({
    title: 'Lifetime',
    description:
      'How long the receiver may keep a pointer. `call`: only during this call. `static`: for the life of the process. `until:<function>`: until that function is called.',
    examples: ['call', 'static', 'until:imgproc_clear_progress'],
  });

export const errorPolicy = z.enum(['out-param', 'return-code', 'last-error', 'object', 'none']).meta({
  title: 'Error policy',
  description:
    'How a failure reaches Go. out-param: an error struct filled on the same call. return-code: an integer status returned by the call. ' +
    'last-error: fetched afterwards from thread-local state by a second call (needs runtime.LockOSThread). ' +
    'object: an error object (a declared opaque type, returned or passed in to be filled) that carries the message, with no numeric code. none: the function cannot fail.',
});

export const panicPolicy = z.enum(['catch', 'abort']).meta({
  title: 'Panic policy',
  description:
    'What a Rust panic inside the function does. catch: catch_unwind turns it into an error. abort: the whole process aborts (the default for extern "C").',
});

export const callbackContext = z.enum(['cgo-handle', 'go-pointer']).meta({
  title: 'Callback context',
  description:
    'How the callback finds its Go state. cgo-handle: a runtime/cgo.Handle (an integer) that Go deletes when the registration ends. go-pointer: a raw Go pointer, only valid during the call that passed it.',
});

export const runsOn = z.enum(['go-thread', 'rust-thread']).meta({
  title: 'Callback thread',
  description:
    'Which thread invokes the callback. go-thread: synchronously, on the goroutine thread that made the call. rust-thread: on a thread Rust created (Go attaches it to the runtime).',
});

/** Built-in value types that need no declaration under `types`. */
export const BUILTIN_TYPES = [
  'bool', 'i8', 'i16', 'i32', 'i64', 'u8', 'u16', 'u32', 'u64', 'isize', 'usize', 'f32', 'f64',
  'bytes', 'string', 'callback',
] as const;
export const INTEGER_TYPES: ReadonlySet<string> = new Set(['i8', 'i16', 'i32', 'i64', 'u8', 'u16', 'u32', 'u64', 'isize', 'usize']);
export const SCALAR_TYPES: ReadonlySet<string> = new Set([...INTEGER_TYPES, 'bool', 'f32', 'f64']);

export const doc = z.string().max(4000, 'a doc string is at most 4000 characters').meta({
  title: 'Documentation',
  description: 'Free text shown in the generated docs and diagrams (plain text, at most 4000 characters).',
});

/** Acknowledged lint findings: rule ID -> the reason the finding does not apply here. */
export const allow = z
  .record(
    z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a lint rule ID in kebab-case, like panic-abort').meta({
      title: 'Rule ID',
      description: 'The ID of the lint rule being acknowledged, as printed by interlock check.',
    }),
    z.string().trim().min(10, 'give a reason of at least 10 characters: reviewers read it').max(500).meta({
      title: 'Reason',
      description: 'Why the finding does not apply here, in a sentence a reviewer can check.',
    }),
  )
  .meta({
    title: 'Acknowledged lint rules',
    description:
      'Lint rule ID -> the reason the finding is accepted for this item. The rule is not reported here; the reason is shown in reviews.',
    examples: [{ 'panic-abort': 'Corrupted key material must not be used again: aborting is the safe outcome.' }],
  });
