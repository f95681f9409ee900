// struct-layout-declared: Structs declare a size and alignment that match their fields.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('struct-layout-declared');

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
    { name: 'neither declared', types: S(F('uint32_t'), ''), findings: ['4:3 notDeclaredKnown {"type":"S","missing":"size and align","size":"4","align":"4"}'] },
    { name: 'only align declared, unknown field type', types: S(F('opaque_thing'), '    align: 8\n'), findings: ['4:3 notDeclared {"type":"S","missing":"size"}'] },
    { name: 'align not a power of two', types: S(F('uint32_t'), '    size: 12\n    align: 6\n'), findings: ['10:12 alignNotPowerOfTwo {"type":"S","align":"6"}'] },
    { name: 'size not a multiple of align', types: S(F('uint32_t'), '    size: 6\n    align: 4\n'), findings: ['9:11 sizeNotMultiple {"type":"S","size":"6","align":"4"}'] },
    { name: 'size does not match the fields', types: S(F('uint8_t', 'uint64_t'), '    size: 9\n    align: 1\n'), findings: ['10:11 layoutMismatch {"type":"S","size":"9","align":"1","computedSize":"16","computedAlign":"8"}'] },
    { name: 'only the alignment differs', types: S(F('uint64_t'), '    size: 8\n    align: 4\n'), findings: ['10:12 layoutMismatch {"type":"S","size":"8","align":"4","computedSize":"8","computedAlign":"8"}'] },
  ],
});
