// name-collision: Type, function and enum constant names are distinct.
import { ruleCases } from './support.ts';

ruleCases('name-collision');
