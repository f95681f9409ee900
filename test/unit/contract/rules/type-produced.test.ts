// type-produced: Declared types are used, and released types are produced.
import { ruleCases } from './support.ts';

ruleCases('type-produced');
