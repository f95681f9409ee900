// shared-handle-sync: Handles declare thread use; shared handles declare synchronisation.
import { ruleCases } from './support.ts';

ruleCases('shared-handle-sync', [
  { code: 'shared-handle-sync', line: 9, column: 14, message: 'Cache is shared across goroutines but nothing says who serialises access' },
  { code: 'shared-handle-sync', line: 10, column: 3, message: 'opaque type Cursor does not say how goroutines may use it' },
]);
