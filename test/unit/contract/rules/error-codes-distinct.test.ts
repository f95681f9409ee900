// error-codes-distinct: Error names and Go sentinels are distinct.
import { ruleCases } from './support.ts';

ruleCases('error-codes-distinct', [
  { code: 'error-codes-distinct', line: 9, column: 29, message: 'error 2 reuses the Go sentinel ErrInvalidArgument of error 1' },
  { code: 'error-codes-distinct', line: 10, column: 14, message: 'error 3 reuses the name not-found of error 2' },
]);
