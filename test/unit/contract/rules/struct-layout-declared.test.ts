// struct-layout-declared: Structs declare a size and alignment that match their fields.
import { ruleCases } from './support.ts';

ruleCases('struct-layout-declared', [
  { code: 'struct-layout-declared', line: 11, column: 11, message: 'struct Point declares size: 17, which is not a multiple of its align: 8' },
  { code: 'struct-layout-declared', line: 13, column: 3, message: 'struct Size does not declare its size and align (the fields need size: 8, align: 4 on LP64)' },
]);
