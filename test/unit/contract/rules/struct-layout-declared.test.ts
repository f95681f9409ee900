// struct-layout-declared: Structs declare a size and alignment that match their fields.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('struct-layout-declared', [
  { code: 'struct-layout-declared', line: 11, column: 11, message: 'struct Point declares size: 17, which is not a multiple of its align: 8' },
  { code: 'struct-layout-declared', line: 13, column: 3, message: 'struct Size does not declare its size and align (the fields need size: 8, align: 4 on LP64)' },
]);

const S = (fields: string, size: string): string => `  S:\n    kind: struct\n    owner: go\n    fields:\n${fields}${size}`;
const F = (...types: string[]): string => types.map((t, i) => `      - { name: f${i}, type: "${t}" }\n`).join('');

inlineCases('struct-layout-declared', {
  valid: [
    { name: 'padding after a smaller field', types: S(F('uint8_t', 'uint64_t'), '    size: 16\n    align: 8\n') },
    { name: 'an array, a pointer and a const', types: S(F('uint16_t[3]', 'const char *'), '    size: 16\n    align: 8\n') },
    { name: 'a declared enum with its repr', types: `  K:\n    kind: enum\n    repr: u8\n    values: { a: 0 }\n${S(F('K', 'uint8_t'), '    size: 2\n    align: 1\n')}` },
    { name: 'a nested struct is laid out from its own fields', types: `  In:\n    kind: struct\n    owner: go\n    fields:\n${F('uint32_t', 'uint8_t')}    size: 8\n    align: 4\n${S(F('uint8_t', 'In'), '    size: 12\n    align: 4\n')}` },
    { name: 'a field of an unknown type: only the declared numbers are checked', types: S(F('opaque_thing'), '    size: 24\n    align: 8\n') },
    { name: 'a nested struct of unknown layout counts with its declared numbers', types: `  In:\n    kind: struct\n    owner: go\n    fields:\n${F('opaque_thing')}    size: 16\n    align: 8\n${S(F('uint8_t', 'In'), '    size: 24\n    align: 8\n')}` },
  ],
  invalid: [
    { name: 'neither declared', types: S(F('uint32_t'), ''), findings: ['4:3 struct S does not declare its size and align (the fields need size: 4, align: 4 on LP64)'] },
    { name: 'only align declared, unknown field type', types: S(F('opaque_thing'), '    align: 8\n'), findings: ['4:3 struct S does not declare its size'] },
    { name: 'align not a power of two', types: S(F('uint32_t'), '    size: 12\n    align: 6\n'), findings: ['10:12 struct S declares align: 6, which is not a power of two'] },
    { name: 'size not a multiple of align', types: S(F('uint32_t'), '    size: 6\n    align: 4\n'), findings: ['9:11 struct S declares size: 6, which is not a multiple of its align: 4'] },
    { name: 'size does not match the fields', types: S(F('uint8_t', 'uint64_t'), '    size: 9\n    align: 1\n'), findings: ['10:11 struct S declares size: 9, align: 1, but its fields lay out as size: 16, align: 8 (repr(C), LP64)'] },
    { name: 'only the alignment differs', types: S(F('uint64_t'), '    size: 8\n    align: 4\n'), findings: ['10:12 struct S declares size: 8, align: 4, but its fields lay out as size: 8, align: 8 (repr(C), LP64)'] },
  ],
});
