// out-param-on-failure: Out-parameters written on success have a visible failure.
import { ruleCases } from './support.ts';

ruleCases('out-param-on-failure', [
  { code: 'out-param-on-failure', line: 8, column: 32, message: 'demo_lookup writes value only on success, but returns nothing and declares errors: none' },
]);
