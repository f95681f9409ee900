// secret-zeroize: Secrets are freed by a zeroizing destroy and never copied.
import { ruleCases } from './support.ts';

ruleCases('secret-zeroize');
