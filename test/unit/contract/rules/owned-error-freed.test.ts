// owned-error-freed: Error objects are declared and can be freed.
import { ruleCases } from './support.ts';

ruleCases('owned-error-freed');
