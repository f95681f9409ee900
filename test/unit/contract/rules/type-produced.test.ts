// type-produced: Declared types are used, and released types are produced.
import { ruleCases } from './support.ts';

ruleCases('type-produced', [
  { code: 'type-produced', line: 5, column: 3, message: 'type Level is declared, but no function takes or returns it' },
  { code: 'type-produced', line: 11, column: 14, message: 'demo_packed_free releases Packed, but no function hands a Packed to Go' },
]);
