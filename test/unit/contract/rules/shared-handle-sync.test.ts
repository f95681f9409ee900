// shared-handle-sync: Handles declare thread use; shared handles declare synchronisation.
import { ruleCases } from './support.ts';

ruleCases('shared-handle-sync', [
  { code: 'shared-handle-sync', line: 9, column: 14, messageId: 'noSync', data: { type: 'Cache' } },
  { code: 'shared-handle-sync', line: 10, column: 3, messageId: 'noThreads', data: { type: 'Cursor' } },
]);
