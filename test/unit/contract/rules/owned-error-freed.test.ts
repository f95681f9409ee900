// owned-error-freed: Error objects are declared and can be freed.
import { ruleCases } from './support.ts';

ruleCases('owned-error-freed', [
  { code: 'opaque-create-destroy', line: 5, column: 3, message: 'opaque type Trap has no destroy function' },
  { code: 'owned-error-freed', line: 14, column: 45, message: 'demo_run hands Go a Trap error, but nothing frees it' },
  { code: 'owned-error-freed', line: 20, column: 13, message: 'demo_check reports errors as objects, but none of its values is an error object' },
]);
