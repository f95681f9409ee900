// blocking-cancellable: Blocking calls can be cancelled.
import { ruleCases } from './support.ts';

ruleCases('blocking-cancellable', [
  { code: 'blocking-cancellable', line: 7, column: 15, messageId: 'notCancellable', data: { fn: 'demo_sync' } },
]);
