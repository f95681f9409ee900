// linked-params: Arrays and callback environments name parameters of the right kind.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('linked-params');

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
