// enum-values-distinct: Enum values are distinct and fit their representation.
import { ruleCases } from './support.ts';

ruleCases('enum-values-distinct', [
  { code: 'enum-values-distinct', line: 7, column: 51, message: 'Level.DEMO_LEVEL_HIGH = 256 does not fit repr u8 (0..255)' },
  { code: 'enum-values-distinct', line: 7, column: 72, message: 'Level.DEMO_LEVEL_OFF has the same value (0) as Level.DEMO_LEVEL_LOW' },
]);
