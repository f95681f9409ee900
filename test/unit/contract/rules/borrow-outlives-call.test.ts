// borrow-outlives-call: Borrows that outlive the call are pinned and bounded.
import { ruleCases } from './support.ts';

ruleCases('borrow-outlives-call', [
  { code: 'borrow-outlives-call', line: 6, column: 61, messageId: 'notPinned', data: { site: 'parameter buf of demo_stream_start', until: 'demo_stream_stop' } },
  { code: 'borrow-outlives-call', line: 7, column: 62, messageId: 'goMemoryStatic', data: { site: 'parameter tag of demo_stream_start' } },
  { code: 'borrow-outlives-call', line: 14, column: 48, messageId: 'noLifetime', data: { site: 'the return value of demo_name' } },
]);
