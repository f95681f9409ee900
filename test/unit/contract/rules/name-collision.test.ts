// name-collision: Type, function and enum constant names are distinct.
import { ruleCases } from './support.ts';

ruleCases('name-collision', [
  { code: 'type-produced', line: 4, column: 3, message: 'type Mode is declared, but no function takes or returns it' },
  { code: 'name-collision', line: 8, column: 3, message: 'function "Mode" has the same name as the type Mode' },
  { code: 'name-collision', line: 11, column: 3, message: 'function "demo_reset" has the same name as the enum constant demo_reset' },
]);
