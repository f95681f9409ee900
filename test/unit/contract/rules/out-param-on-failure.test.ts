// out-param-on-failure: Conditional out-parameters have a visible failure.
import { ruleCases } from './support.ts';

ruleCases('out-param-on-failure', [
  { code: 'out-param-on-failure', line: 8, column: 32, messageId: 'onlyOnSuccess', data: { fn: 'demo_lookup', param: 'value' } },
  { code: 'out-param-on-failure', line: 12, column: 31, messageId: 'onlyOnFailure', data: { fn: 'demo_step', param: 'trap' } },
]);
