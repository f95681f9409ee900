// allow-known-rule: Acknowledgements name existing rules.
import { ruleCases } from './support.ts';

ruleCases('allow-known-rule');
