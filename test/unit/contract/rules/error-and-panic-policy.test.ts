// error-and-panic-policy: Every function declares its error and panic policy.
import { ruleCases } from './support.ts';

ruleCases('error-and-panic-policy', [
  { code: 'error-and-panic-policy', line: 5, column: 22, message: 'demo_count uses errors: return-code but returns f64, not an integer status' },
  { code: 'error-and-panic-policy', line: 6, column: 13, message: 'demo_count can fail, but the contract declares no error codes' },
  { code: 'error-and-panic-policy', line: 8, column: 3, message: 'demo_reset does not declare what a Rust panic does' },
]);
