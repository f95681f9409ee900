// allow-known-rule: Acknowledgements name existing rules.
import { ruleCases } from './support.ts';

ruleCases('allow-known-rule', [
  { code: 'blocking-cancellable', line: 7, column: 15, message: 'demo_flush can block, but Go has no way to cancel it' },
  { code: 'allow-known-rule', line: 9, column: 7, message: 'allow names "blocking-cancelable", which is not a lint rule' },
]);
