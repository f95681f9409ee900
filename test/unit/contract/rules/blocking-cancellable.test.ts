// blocking-cancellable: Blocking calls can be cancelled.
import { ruleCases } from './support.ts';

ruleCases('blocking-cancellable', [
  { code: 'blocking-cancellable', line: 7, column: 15, message: 'demo_sync can block, but Go has no way to cancel it' },
]);
