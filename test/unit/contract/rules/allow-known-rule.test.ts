// allow-known-rule: Acknowledgements name existing rules.
import { ruleCases } from './support.ts';

ruleCases('allow-known-rule', [
  { code: 'blocking-cancellable', line: 7, column: 15, messageId: 'notCancellable', data: { fn: 'demo_flush' } },
  { code: 'allow-known-rule', line: 9, column: 7, messageId: 'notARule', data: { id: 'blocking-cancelable', suggestion: 'blocking-cancellable' } },
]);
