// callback-foreign-thread-handle: Callbacks on Rust threads or kept by Rust use a cgo.Handle.
import { ruleCases } from './support.ts';

ruleCases('callback-foreign-thread-handle', [
  { code: 'callback-foreign-thread-handle', line: 6, column: 44, messageId: 'rawPointer', data: { callback: 'on_event', fn: 'demo_subscribe', reason: 'runs on a Rust thread' } },
]);
