// callback-fields: Callbacks declare context and thread; other values do not.
import { ruleCases } from './support.ts';

ruleCases('callback-fields', [
  { code: 'callback-fields', line: 6, column: 14, messageId: 'noThread', data: { callback: 'parameter visit of demo_walk' } },
  { code: 'callback-fields', line: 7, column: 39, messageId: 'callbackOnly', data: { field: 'runs-on', callback: 'parameter depth of demo_walk', type: 'u32' } },
]);
