// shared-handle-sync: Handles declare thread use; shared handles declare synchronisation.
import { ruleCases } from './support.ts';

ruleCases('shared-handle-sync');
