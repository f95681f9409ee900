// callback-foreign-thread-handle: Callbacks on Rust threads or kept by Rust use a cgo.Handle.
import { ruleCases } from './support.ts';

ruleCases('callback-foreign-thread-handle', [
  { code: 'callback-foreign-thread-handle', line: 6, column: 44, message: 'callback on_event of demo_subscribe runs on a Rust thread but passes a raw Go pointer as its context' },
]);
