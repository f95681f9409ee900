// enum-values-distinct: Enum values are distinct and fit their representation.
import { ruleCases } from './support.ts';

ruleCases('enum-values-distinct');
