// owner-consistent: Values agree with their type's owner.
import { ruleCases } from './support.ts';

ruleCases('owner-consistent', [
  { code: 'owner-consistent', line: 15, column: 34, message: 'parameter out of demo_read_header says from: rust, but Header is owned by go' },
]);
