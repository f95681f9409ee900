// type-produced: Declared types are used, and released types are produced.
import { ruleCases } from './support.ts';

ruleCases('type-produced', [
  { code: 'type-produced', line: 5, column: 3, messageId: 'unused', data: { type: 'Level' } },
  { code: 'type-produced', line: 11, column: 14, messageId: 'neverHandedOut', data: { destroy: 'demo_packed_free', type: 'Packed' } },
]);
