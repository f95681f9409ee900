// callback-foreign-thread-handle: Callbacks on Rust threads or kept by Rust use a cgo.Handle.
import { ruleCases } from './support.ts';

ruleCases('callback-foreign-thread-handle');
