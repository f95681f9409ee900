// unknown-reference: Every referenced function and type is declared.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('unknown-reference', [
  { code: 'unknown-reference', line: 8, column: 14, messageId: 'unknownFunction', data: { name: 'demo_session_free', role: 'destroy function of Session', suggestion: 'demo_session_open' } },
  { code: 'unknown-reference', line: 13, column: 23, messageId: 'unknownType', data: { type: 'Config', site: 'parameter config of demo_session_open', builtins: 'bool, i8, i16, i32, i64, u8, u16, u32, u64, isize, usize, f32, f64, bytes, string, callback' } },
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
