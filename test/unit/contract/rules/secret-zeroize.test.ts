// secret-zeroize: Secrets are freed by a zeroizing destroy and never copied.
import { ruleCases } from './support.ts';

ruleCases('secret-zeroize', [
  { code: 'secret-zeroize', line: 8, column: 13, messageId: 'noDestroy', data: { type: 'Password' } },
  { code: 'secret-zeroize', line: 11, column: 38, messageId: 'secretCopied', data: { site: 'the return value of demo_password_read', type: 'Password' } },
]);
