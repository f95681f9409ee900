// unknown-reference: Every referenced function and type is declared.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('unknown-reference', [
  { code: 'unknown-reference', line: 8, column: 14, message: 'demo_session_free (destroy function of Session) is not declared under functions' },
  { code: 'unknown-reference', line: 13, column: 23, message: 'type "Config" of parameter config of demo_session_open is neither built in nor declared under types' },
]);

inlineCases('unknown-reference', {
  valid: [
    { name: 'a count naming another parameter', types: '', functions: '  demo_f:\n    params:\n      data: { type: bytes, from: go, pass: borrow, lifetime: call, count: n }\n      n: { type: usize }\n    errors: none\n    panics: catch\n' },
  ],
  invalid: [
    {
      name: 'a destroy function with no name near it: the hint says to declare it',
      types: '  Session:\n    kind: opaque\n    owner: rust\n    create: [demo_f]\n    destroy: zzz_release_everything\n    threads: send\n',
      functions: '  demo_f:\n    returns: { type: Session, pass: transfer }\n    errors: none\n    panics: catch\n',
      findings: ['8:14 zzz_release_everything (destroy function of Session) is not declared under functions'],
    },
    {
      name: 'a count naming nothing like a parameter',
      types: '',
      functions: '  demo_f:\n    params:\n      data: { type: bytes, from: go, pass: borrow, lifetime: call, count: qqqqqqqq }\n      n: { type: usize }\n    errors: none\n    panics: catch\n',
      findings: ['6:75 count of parameter data names "qqqqqqqq", which is not another parameter of demo_f'],
    },
  ],
});
