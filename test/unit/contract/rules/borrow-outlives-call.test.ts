// borrow-outlives-call: Borrows that outlive the call are pinned and bounded.
import { ruleCases } from './support.ts';

ruleCases('borrow-outlives-call');
