// go-memory-transfer: Go memory is never transferred to Rust.
import { ruleCases } from './support.ts';

ruleCases('go-memory-transfer', [
  { code: 'go-memory-transfer', line: 6, column: 44, messageId: 'goMemoryTransferred', data: { site: 'parameter data of demo_write' } },
]);
