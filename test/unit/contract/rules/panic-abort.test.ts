// panic-abort: A panic that aborts the process is acknowledged.
import { ruleCases } from './support.ts';

ruleCases('panic-abort');
