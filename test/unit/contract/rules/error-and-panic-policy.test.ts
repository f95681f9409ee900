// error-and-panic-policy: Every function declares its error and panic policy.
import { inlineCases, ruleCases } from './support.ts';

ruleCases('error-and-panic-policy', [
  { code: 'error-and-panic-policy', line: 5, column: 22, messageId: 'statusNotInteger', data: { fn: 'demo_count', type: 'f64' } },
  { code: 'error-and-panic-policy', line: 6, column: 13, messageId: 'noErrorCodes', data: { fn: 'demo_count' } },
  { code: 'error-and-panic-policy', line: 8, column: 3, messageId: 'noPanics', data: { fn: 'demo_reset' } },
]);

inlineCases('error-and-panic-policy', {
  valid: [
    { name: 'an error object needs no code table', types: '', functions: '  demo_f: { errors: object, panics: catch }\n' },
  ],
  invalid: [
    { name: 'no errors: at all', types: '', functions: '  demo_f: { panics: catch }\n', findings: ['4:3 noErrors {"fn":"demo_f"}'] },
  ],
});
