// linked-params: Arrays and callback environments name parameters of the right kind.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('linked-params', [
  { code: 'linked-params', line: 7, column: 75, message: 'the count of parameter values of demo_sum is label, a string, not an integer' },
  { code: 'linked-params', line: 7, column: 91, message: 'parameter values of demo_sum has lengths, but its elements are u32, not bytes or strings' },
  { code: 'linked-params', line: 13, column: 79, message: 'parameter parts of demo_join has lengths but no count' },
  { code: 'linked-params', line: 18, column: 90, message: 'the finalizer of parameter cb of demo_watch is env, a usize, not a callback' },
  { code: 'linked-params', line: 19, column: 32, message: 'env applies to callbacks only, but parameter env of demo_watch is a usize' },
  { code: 'unknown-reference', line: 23, column: 75, message: 'count of parameter data names "n", which is not another parameter of demo_scan' },
]);

inlineCases('linked-params', {
  valid: [
    { name: 'a count that is an integer parameter', types: '', functions: '  demo_f:\n    params:\n      data: { type: bytes, from: go, pass: borrow, lifetime: call, count: n }\n      n: { type: usize }\n    errors: none\n    panics: catch\n' },
  ],
  invalid: [
    {
      name: 'both count and sized-by',
      types: '',
      functions: '  demo_f:\n    params:\n      data: { type: bytes, from: go, pass: borrow, lifetime: call, count: n, sized-by: n }\n      n: { type: usize }\n    errors: none\n    panics: catch\n',
      findings: ['6:88 parameter data of demo_f has both count and sized-by'],
    },
  ],
});
