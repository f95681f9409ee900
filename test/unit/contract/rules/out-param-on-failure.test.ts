// out-param-on-failure: Conditional out-parameters have a visible failure.
import { ruleCases } from './support.ts';

ruleCases('out-param-on-failure');
