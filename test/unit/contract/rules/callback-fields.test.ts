// callback-fields: Callbacks declare context and thread; other values do not.
import { ruleCases } from './support.ts';

ruleCases('callback-fields');
