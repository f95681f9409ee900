// blocking-cancellable: Blocking calls can be cancelled.
import { ruleCases } from './support.ts';

ruleCases('blocking-cancellable');
