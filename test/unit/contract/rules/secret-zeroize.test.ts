// secret-zeroize: Secrets are freed by a zeroizing destroy and never copied.
import { ruleCases } from './support.ts';

ruleCases('secret-zeroize', [
  { code: 'secret-zeroize', line: 8, column: 13, message: 'secret type Password has no destroy function to zeroize it' },
  { code: 'secret-zeroize', line: 11, column: 38, message: 'the return value of demo_password_read copies the secret Password across the boundary' },
]);
