// Type declarations under `types:`: opaque handles, repr(C) structs, integer enums, buffers and strings.
import { z } from 'zod';
import { functionName, memberName, typeName } from './names.ts';
import { allow, doc, owner, sync, threads } from './vocabulary.ts';

const secret = z.boolean().meta({
  title: 'Secret',
  description: 'The memory holds secrets (keys, passwords): the destroy function zeroizes it before freeing, and it must never be copied.',
});
const destroy = functionName.meta({
  title: 'Destroy function',
  description: 'The one function that releases this object; it must be declared under `functions` and take the object with pass: transfer.',
});
const create = z.array(functionName).meta({
  title: 'Create functions',
  description: 'Functions that return a new object of this type with pass: transfer (declared under `functions`).',
});

const opaqueType = z
  .strictObject({
    kind: z.literal('opaque').describe('An opaque handle: a pointer to an object Go never looks inside.'),
    owner,
    create: create.optional(),
    destroy: destroy.optional(),
    threads: threads.optional(),
    sync: sync.optional(),
    secret: secret.optional(),
    error: z.boolean().optional().meta({
      title: 'Error object',
      description: 'Format 1.1: objects of this type carry a failure (message, trap): functions with errors: object report through them.',
    }),
    parent: z
      .strictObject({
        type: typeName.meta({ title: 'Parent type', description: 'The opaque type of the handle this one is made from.' }),
        'may-outlive': z.boolean().optional().meta({
          title: 'May outlive the parent',
          description: 'true: the child stays valid after its parent is destroyed. Default false: destroy every child before its parent.',
        }),
        doc: doc.optional(),
      })
      .optional()
      .meta({
        title: 'Parent handle',
        description:
          'Format 1.1: a child handle made from another handle (an iterator over a compiled object). Without destroy, the child is an interior handle that the parent releases.',
      }),
    doc: doc.optional(),
    allow: allow.optional(),
  })
  .meta({
    title: 'Opaque handle',
    description:
      'An object owned by one side that the other side only passes back. owner: rust is a pointer to a Rust object; owner: go is a runtime/cgo.Handle (an integer) naming a Go value.',
  });

/** A C type spelling for a struct field: an identifier (or unsigned/signed/long words), optional pointers, optional fixed array. */
const cType = z
  .string()
  .max(80)
  .regex(
    /^(const )?[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*){0,2}( ?\*( ?const)?){0,3}(\[[1-9][0-9]{0,5}\])?$/,
    'a C type like uint32_t, const uint8_t *, unsigned long or uint8_t[16]',
  )
  .meta({
    title: 'C type',
    description: 'The field type as spelled in the C header, like uint32_t, double, const uint8_t * or uint8_t[16].',
    examples: ['uint32_t', 'double', 'const uint8_t *', 'uint8_t[16]'],
  });

const structField = z
  .strictObject({
    name: memberName.describe('The field name, identical in C, Go (capitalised by bindings) and Rust.'),
    type: cType,
    owner: owner.optional().meta({
      title: 'Pointee owner',
      description: 'Format 1.1, on a pointer field: which side owns the memory it points to (a vec struct Go owns whose data Rust allocated).',
    }),
    doc: doc.optional(),
  })
  .meta({ title: 'Struct field', description: 'One field of a repr(C) struct, in declaration order.' });

const structType = z
  .strictObject({
    kind: z.literal('struct').describe('A #[repr(C)] struct whose layout both sides must agree on byte for byte.'),
    owner: owner.optional(),
    fields: z.array(structField).min(1, 'a struct needs at least one field').meta({
      title: 'Fields',
      description: 'The fields in declaration order (order decides the layout, so this is a list, not a map).',
    }),
    size: z.int().min(1).max(1 << 20).optional().meta({
      title: 'Size',
      description: 'sizeof the struct in bytes on the target (LP64), checked by a layout test on both sides.',
    }),
    align: z.int().min(1).max(4096).optional().meta({
      title: 'Alignment',
      description: 'alignof the struct in bytes (a power of two), checked by a layout test on both sides.',
    }),
    create: create.optional(),
    destroy: destroy.optional(),
    doc: doc.optional(),
    allow: allow.optional(),
  })
  .meta({ title: 'repr(C) struct', description: 'A plain-data struct with an agreed layout that crosses by value or by pointer.' });

const enumType = z
  .strictObject({
    kind: z.literal('enum').describe('An integer-valued enum; unknown values are rejected on receipt, never transmuted.'),
    repr: z.enum(['u8', 'i8', 'u16', 'i16', 'u32', 'i32', 'u64', 'i64']).optional().meta({
      title: 'Representation',
      description: 'The integer type that crosses the boundary (Rust #[repr(...)]); i32 (a C int) when omitted.',
    }),
    values: z.record(memberName, z.int().min(-(2 ** 53) + 1).max(2 ** 53 - 1)).meta({
      title: 'Values',
      description: 'Name -> integer value. Each value is distinct; Rust converts with TryFrom and refuses any other number.',
    }),
    doc: doc.optional(),
    allow: allow.optional(),
  })
  .meta({ title: 'Integer enum', description: 'A C enum: named integer constants that both sides map to their own enum type.' });

const bufferType = z
  .strictObject({
    kind: z.literal('buffer').describe('A pointer + length pair of bytes.'),
    owner,
    create: create.optional(),
    destroy: destroy.optional(),
    arena: functionName.optional().meta({
      title: 'Arena release function',
      description: 'Buffers of this type come from an arena or pool and are all released together by this function.',
    }),
    secret: secret.optional(),
    doc: doc.optional(),
    allow: allow.optional(),
  })
  .meta({ title: 'Buffer', description: 'A byte buffer (pointer + length) allocated by its owner and released by its owner.' });

const stringType = z
  .strictObject({
    kind: z.literal('string').describe('Text that crosses the boundary.'),
    owner,
    encoding: z.literal('utf-8').optional().meta({
      title: 'Encoding',
      description: 'Always utf-8; the receiver validates it (Rust: str::from_utf8) instead of trusting it.',
    }),
    form: z.enum(['nul-terminated', 'pointer-length']).optional().meta({
      title: 'Form',
      description: 'nul-terminated: a C string (no interior NUL allowed). pointer-length: a pointer and a byte count (Go strings map to this without copying).',
    }),
    create: create.optional(),
    destroy: destroy.optional(),
    secret: secret.optional(),
    doc: doc.optional(),
    allow: allow.optional(),
  })
  .meta({ title: 'String', description: 'A text value with a declared owner, form and release function.' });

export const typeDecl = z
  .discriminatedUnion('kind', [opaqueType, structType, enumType, bufferType, stringType])
  .meta({
    title: 'Type declaration',
    description: 'One of: opaque, struct, enum, buffer, string (chosen by `kind`).',
  });
