// name-collision: Type, function and enum constant names are distinct.
import { ruleCases } from './support.ts';

ruleCases('name-collision', [
  { code: 'name-collision', line: 8, column: 3, message: 'function "Mode" has the same name as the type Mode' },
  { code: 'name-collision', line: 11, column: 3, message: 'function "demo_reset" has the same name as the enum constant demo_reset' },
]);
