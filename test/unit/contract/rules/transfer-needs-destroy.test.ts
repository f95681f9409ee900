// transfer-needs-destroy: Rust memory transferred to Go has a destroy function.
import { ruleCases } from './support.ts';

ruleCases('transfer-needs-destroy', [
  { code: 'transfer-needs-destroy', line: 16, column: 34, message: 'the return value of demo_read transfers a Blob to Go, but Blob has no destroy function' },
  { code: 'transfer-needs-destroy', line: 20, column: 47, message: 'the return value of demo_read_raw transfers raw bytes from Rust, but nothing says how Go gives the memory back' },
  { code: 'transfer-needs-destroy', line: 24, column: 48, message: 'the return value of demo_report transfers a Report to Go, but Report has no destroy function' },
]);
