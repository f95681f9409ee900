// panic-abort: A panic that aborts the process is acknowledged.
import { ruleCases } from './support.ts';

ruleCases('panic-abort', [
  { code: 'panic-abort', line: 6, column: 13, messageId: 'aborts', data: { fn: 'demo_verify' } },
]);
