// enum-values-distinct: Enum values are distinct and fit their representation.
import { ruleCases } from './support.ts';

ruleCases('enum-values-distinct', [
  { code: 'enum-values-distinct', line: 7, column: 51, messageId: 'outOfRange', data: { enum: 'Level', variant: 'DEMO_LEVEL_HIGH', value: '256', repr: 'u8', min: '0', max: '255' } },
  { code: 'enum-values-distinct', line: 7, column: 72, messageId: 'sameValue', data: { enum: 'Level', variant: 'DEMO_LEVEL_OFF', value: '0', other: 'DEMO_LEVEL_LOW' } },
]);
