// error-codes-distinct: Error names and Go sentinels are distinct.
import { ruleCases } from './support.ts';

ruleCases('error-codes-distinct');
