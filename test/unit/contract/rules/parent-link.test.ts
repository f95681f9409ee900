// parent-link: Child handles are made from their parent.
import { ruleCases } from './support.ts';

ruleCases('parent-link');
