// error-codes-distinct: Error names and Go sentinels are distinct.
import { ruleCases } from './support.ts';

ruleCases('error-codes-distinct', [
  { code: 'error-codes-distinct', line: 9, column: 29, messageId: 'sameSentinel', data: { code: '2', sentinel: 'ErrInvalidArgument', other: '1' } },
  { code: 'error-codes-distinct', line: 10, column: 14, messageId: 'sameName', data: { code: '3', name: 'not-found', other: '2' } },
]);
