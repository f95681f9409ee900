// owner-consistent: Values agree with their type's owner.
import { ruleCases } from './support.ts';

ruleCases('owner-consistent', [
  { code: 'owner-consistent', line: 15, column: 34, messageId: 'ownerDiffers', data: { site: 'parameter out of demo_read_header', from: 'rust', type: 'Header', owner: 'go' } },
]);
