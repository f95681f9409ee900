// linked-params: Arrays and callback environments name parameters of the right kind.
import { ruleCases } from './support.ts';

ruleCases('linked-params', [
  { code: 'linked-params', line: 7, column: 75, message: 'the count of parameter values of demo_sum is label, a string, not an integer' },
  { code: 'linked-params', line: 7, column: 91, message: 'parameter values of demo_sum has lengths, but its elements are u32, not bytes or strings' },
  { code: 'linked-params', line: 13, column: 79, message: 'parameter parts of demo_join has lengths but no count' },
  { code: 'linked-params', line: 18, column: 90, message: 'the finalizer of parameter cb of demo_watch is env, a usize, not a callback' },
  { code: 'linked-params', line: 19, column: 32, message: 'env applies to callbacks only, but parameter env of demo_watch is a usize' },
  { code: 'unknown-reference', line: 23, column: 75, message: 'count of parameter data names "n", which is not another parameter of demo_scan' },
]);
