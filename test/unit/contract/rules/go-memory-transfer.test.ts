// go-memory-transfer: Go memory is never transferred to Rust.
import { ruleCases } from './support.ts';

ruleCases('go-memory-transfer', [
  { code: 'go-memory-transfer', line: 6, column: 44, message: 'parameter data of demo_write transfers Go memory to Rust, which cannot free it' },
]);
