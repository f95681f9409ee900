// owned-error-freed: Error objects are declared and can be freed.
import { ruleCases } from './support.ts';

ruleCases('owned-error-freed', [
  { code: 'opaque-create-destroy', line: 5, column: 3, messageId: 'noDestroy', data: { type: 'Trap' } },
  { code: 'owned-error-freed', line: 14, column: 45, messageId: 'errorNotFreed', data: { fn: 'demo_run', type: 'Trap' } },
  { code: 'owned-error-freed', line: 20, column: 13, messageId: 'noErrorValue', data: { fn: 'demo_check' } },
]);
