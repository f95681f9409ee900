// error-and-panic-policy: Every function declares its error and panic policy.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('error-and-panic-policy', [
  { code: 'error-and-panic-policy', line: 5, column: 22, message: 'demo_count uses errors: return-code but returns f64, not an integer status' },
  { code: 'error-and-panic-policy', line: 6, column: 13, message: 'demo_count can fail, but the contract declares no error codes' },
  { code: 'error-and-panic-policy', line: 8, column: 3, message: 'demo_reset does not declare what a Rust panic does' },
]);

inlineCases('error-and-panic-policy', {
  valid: [
    { name: 'an error object needs no code table', types: '', functions: '  demo_f: { errors: object, panics: catch }\n' },
  ],
  invalid: [
    { name: 'no errors: at all', types: '', functions: '  demo_f: { panics: catch }\n', findings: ['4:3 demo_f does not declare how errors reach Go'] },
  ],
});
