// transfer-needs-destroy: Rust memory transferred to Go has a destroy function.
import { ruleCases } from './support.ts';

ruleCases('transfer-needs-destroy', [
  { code: 'transfer-needs-destroy', line: 16, column: 34, messageId: 'noDestroy', data: { site: 'the return value of demo_read', type: 'Blob' } },
  { code: 'transfer-needs-destroy', line: 20, column: 47, messageId: 'rawTransfer', data: { site: 'the return value of demo_read_raw', type: 'bytes', kind: 'buffer' } },
  { code: 'transfer-needs-destroy', line: 24, column: 48, messageId: 'noDestroy', data: { site: 'the return value of demo_report', type: 'Report' } },
]);
