// struct-layout-declared: a repr(C) struct states its size and alignment, and they match its fields.
import type { ContractModel, StructTypeModel, TypeModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { typeIndex } from './helpers.ts';

/** Size and alignment of C scalar types on LP64 targets (Linux and macOS on x86-64 and arm64). */
const SCALARS: Readonly<Record<string, number>> = {
  char: 1, 'signed char': 1, 'unsigned char': 1, int8_t: 1, uint8_t: 1, bool: 1, _Bool: 1,
  short: 2, 'unsigned short': 2, int16_t: 2, uint16_t: 2,
  int: 4, unsigned: 4, 'unsigned int': 4, int32_t: 4, uint32_t: 4, float: 4,
  long: 8, 'unsigned long': 8, 'long long': 8, 'unsigned long long': 8, int64_t: 8, uint64_t: 8, double: 8,
  size_t: 8, ssize_t: 8, intptr_t: 8, uintptr_t: 8, ptrdiff_t: 8,
};
const ENUM_SIZES: Readonly<Record<string, number>> = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, u64: 8, i64: 8 };

interface Layout { size: number; align: number }

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** The layout of one field's C type, or undefined when it cannot be known from the contract. */
function fieldLayout(cType: string, types: ReadonlyMap<string, TypeModel>, seen: Set<string>): Layout | undefined {
  const array = /\[(\d+)\]$/.exec(cType);
  const count = array !== null ? Number(array[1]) : 1;
  const base = cType.replace(/\[\d+\]$/, '').replace(/\bconst\b/g, '').trim();
  let element: Layout | undefined;
  if (base.includes('*')) element = { size: 8, align: 8 };
  else if (SCALARS[base] !== undefined) element = { size: SCALARS[base], align: SCALARS[base] };
  else {
    const t = types.get(base);
    if (t?.kind === 'enum') element = { size: ENUM_SIZES[t.repr] ?? 4, align: ENUM_SIZES[t.repr] ?? 4 };
    else if (t?.kind === 'struct') element = structLayout(t, types, seen) ?? (t.size !== undefined && t.align !== undefined ? { size: t.size, align: t.align } : undefined);
  }
  return element === undefined ? undefined : { size: element.size * count, align: element.align };
}

/** The repr(C) layout computed from the fields, or undefined when a field's layout is unknown. */
function structLayout(t: StructTypeModel, types: ReadonlyMap<string, TypeModel>, seen = new Set<string>()): Layout | undefined {
  if (seen.has(t.name)) return undefined;
  seen.add(t.name);
  let offset = 0;
  let align = 1;
  for (const f of t.fields) {
    const l = fieldLayout(f.cType, types, seen);
    if (l === undefined) return undefined;
    offset = alignUp(offset, l.align) + l.size;
    align = Math.max(align, l.align);
  }
  seen.delete(t.name);
  return { size: alignUp(offset, align), align };
}

export const structLayoutDeclared: LintRule = {
  meta: {
    id: 'struct-layout-declared',
    title: 'Structs declare a size and alignment that match their fields',
    severity: 'error',
    description:
      'Every struct declares `size` and `align`. The alignment is a power of two and the size a multiple of it. When every field type is known (fixed-width integers, float, double, pointers, declared enums and structs), the declared values must equal the repr(C) layout on LP64 targets.',
    rationale:
      'A struct that crosses by value or is read by both sides must have the same layout in C, Go and Rust to the byte. A field added on one side, a bool that became a u32, or a missing #[repr(C)] silently shifts every later field. Declared numbers give both sides something to assert in a layout test (size_of/align_of in Rust, unsafe.Sizeof/Alignof in Go).',
    facts: ['struct.by-value'],
    covers: ['S1-08', 'S1-01'],
    messages: {
      notDeclared: 'struct {{type}} does not declare its {{missing}}',
      notDeclaredKnown: 'struct {{type}} does not declare its {{missing}} (the fields need size: {{size}}, align: {{align}} on LP64)',
      alignNotPowerOfTwo: 'struct {{type}} declares align: {{align}}, which is not a power of two',
      sizeNotMultiple: 'struct {{type}} declares size: {{size}}, which is not a multiple of its align: {{align}}',
      layoutMismatch: 'struct {{type}} declares size: {{size}}, align: {{align}}, but its fields lay out as size: {{computedSize}}, align: {{computedAlign}} (repr(C), LP64)',
    },
    hints: {
      notDeclared: 'declare size and align, and assert them in a layout test on both sides',
      notDeclaredKnown: 'declare size and align, and assert them in a layout test on both sides',
      layoutMismatch: 'fix the numbers, or the field list if a field was added, removed or changed type on one side',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const t of model.types) {
      if (t.kind !== 'struct') continue;
      const computed = structLayout(t, types);
      if (t.size === undefined || t.align === undefined) {
        const missing = [t.size === undefined ? 'size' : '', t.align === undefined ? 'align' : ''].filter(Boolean).join(' and ');
        const known = computed !== undefined ? { messageId: 'notDeclaredKnown', data: { type: t.name, missing, size: computed.size, align: computed.align } } : { messageId: 'notDeclared', data: { type: t.name, missing } };
        ctx.report({ path: t.path, part: 'key', ...known });
        continue;
      }
      if ((t.align & (t.align - 1)) !== 0) {
        ctx.report({ path: [...t.path, 'align'], messageId: 'alignNotPowerOfTwo', data: { type: t.name, align: t.align } });
        continue;
      }
      if (t.size % t.align !== 0) {
        ctx.report({ path: [...t.path, 'size'], messageId: 'sizeNotMultiple', data: { type: t.name, size: t.size, align: t.align } });
        continue;
      }
      if (computed !== undefined && (computed.size !== t.size || computed.align !== t.align)) {
        const field = computed.size !== t.size ? 'size' : 'align';
        ctx.report({
          path: [...t.path, field],
          messageId: 'layoutMismatch',
          data: { type: t.name, size: t.size, align: t.align, computedSize: computed.size, computedAlign: computed.align },
        });
      }
    }
  },
};
