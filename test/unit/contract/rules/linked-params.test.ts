// linked-params: Arrays and callback environments name parameters of the right kind.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('linked-params', [
  { code: 'linked-params', line: 7, column: 75, messageId: 'countNotInteger', data: { param: 'parameter values of demo_sum', count: 'label', type: 'string' } },
  { code: 'linked-params', line: 7, column: 91, messageId: 'lengthsNotBuffers', data: { param: 'parameter values of demo_sum', type: 'u32' } },
  { code: 'linked-params', line: 13, column: 79, messageId: 'lengthsWithoutCount', data: { param: 'parameter parts of demo_join' } },
  { code: 'linked-params', line: 18, column: 90, messageId: 'finalizerNotCallback', data: { param: 'parameter cb of demo_watch', finalizer: 'env', type: 'usize' } },
  { code: 'linked-params', line: 19, column: 32, messageId: 'callbackOnly', data: { field: 'env', param: 'parameter env of demo_watch', type: 'usize' } },
  { code: 'unknown-reference', line: 23, column: 75, messageId: 'unknownParam', data: { field: 'count', param: 'data', name: 'n', fn: 'demo_scan' } },
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
      findings: ['6:88 countAndSizedBy {"param":"parameter data of demo_f"}'],
    },
  ],
});
