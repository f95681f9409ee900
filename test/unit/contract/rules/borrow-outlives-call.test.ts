// borrow-outlives-call: Borrows that outlive the call are pinned and bounded.
import { ruleCases } from './support.ts';

ruleCases('borrow-outlives-call', [
  { code: 'borrow-outlives-call', line: 6, column: 61, message: 'parameter buf of demo_stream_start lets Rust keep Go memory until demo_stream_stop, but it is not pinned' },
  { code: 'borrow-outlives-call', line: 7, column: 62, message: 'parameter tag of demo_stream_start lends Go memory to Rust for the life of the process' },
  { code: 'borrow-outlives-call', line: 14, column: 48, message: 'the return value of demo_name is borrowed, so it outlives the call: say until when' },
]);
