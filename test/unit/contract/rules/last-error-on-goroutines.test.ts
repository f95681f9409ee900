// last-error-on-goroutines: last-error needs the Go wrapper to lock the OS thread.
import { ruleCases } from './support.ts';

ruleCases('last-error-on-goroutines', [
  { code: 'last-error-on-goroutines', line: 6, column: 13, messageId: 'threadNotLocked', data: { fn: 'demo_next' } },
]);
