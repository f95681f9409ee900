// out-param-on-failure: Conditional out-parameters have a visible failure.
import { ruleCases } from './support.ts';

ruleCases('out-param-on-failure', [
  { code: 'out-param-on-failure', line: 8, column: 32, message: 'demo_lookup writes value only on success, but returns nothing and declares errors: none' },
  { code: 'out-param-on-failure', line: 12, column: 31, message: 'demo_step writes trap only on failure, but declares errors: none' },
]);
