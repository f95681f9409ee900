// callback-fields: Callbacks declare context and thread; other values do not.
import { ruleCases } from './support.ts';

ruleCases('callback-fields', [
  { code: 'callback-fields', line: 6, column: 14, message: 'callback parameter visit of demo_walk does not say which thread runs it' },
  { code: 'callback-fields', line: 7, column: 39, message: 'runs-on applies to callbacks only, but parameter depth of demo_walk is a u32' },
]);
