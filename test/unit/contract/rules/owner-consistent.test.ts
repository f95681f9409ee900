// owner-consistent: Values agree with their type's owner.
import { ruleCases } from './support.ts';

ruleCases('owner-consistent');
