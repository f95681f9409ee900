// unknown-reference: Every referenced function and type is declared.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('unknown-reference');

inlineCases('unknown-reference', {
  valid: [
    { name: 'a count naming another parameter', types: '', functions: '  demo_f:\n    params:\n      data: { type: bytes, from: go, pass: borrow, lifetime: call, count: n }\n      n: { type: usize }\n    errors: none\n    panics: catch\n' },
  ],
  invalid: [
    {
      name: 'a destroy function with no name near it: the hint says to declare it',
      types: '  Session:\n    kind: opaque\n    owner: rust\n    create: [demo_f]\n    destroy: zzz_release_everything\n    threads: send\n',
      functions: '  demo_f:\n    returns: { type: Session, pass: transfer }\n    errors: none\n    panics: catch\n',
      findings: ['8:14 unknownFunction {"name":"zzz_release_everything","role":"destroy function of Session"}'],
    },
    {
      name: 'a count naming nothing like a parameter',
      types: '',
      functions: '  demo_f:\n    params:\n      data: { type: bytes, from: go, pass: borrow, lifetime: call, count: qqqqqqqq }\n      n: { type: usize }\n    errors: none\n    panics: catch\n',
      findings: ['6:75 unknownParam {"field":"count","param":"data","name":"qqqqqqqq","fn":"demo_f"}'],
    },
  ],
});
