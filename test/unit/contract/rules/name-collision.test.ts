// name-collision: Type, function and enum constant names are distinct.
import { ruleCases } from './support.ts';

ruleCases('name-collision', [
  { code: 'type-produced', line: 4, column: 3, messageId: 'unused', data: { type: 'Mode' } },
  { code: 'name-collision', line: 8, column: 3, messageId: 'sameName', data: { what: 'function', name: 'Mode', earlier: 'the type Mode' } },
  { code: 'name-collision', line: 11, column: 3, messageId: 'sameName', data: { what: 'function', name: 'demo_reset', earlier: 'the enum constant demo_reset' } },
]);
