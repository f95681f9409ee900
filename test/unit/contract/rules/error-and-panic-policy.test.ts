// error-and-panic-policy: Every function declares its error and panic policy.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('error-and-panic-policy');

inlineCases('error-and-panic-policy', {
  valid: [
    { name: 'an error object needs no code table', types: '', functions: '  demo_f: { errors: object, panics: catch }\n' },
  ],
  invalid: [
    { name: 'no errors: at all', types: '', functions: '  demo_f: { panics: catch }\n', findings: ['4:3 noErrors {"fn":"demo_f"}'] },
  ],
});
