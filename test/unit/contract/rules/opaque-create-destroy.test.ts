// opaque-create-destroy: Opaque handles have create and destroy functions that match.
import { ruleCases } from './support.ts';

ruleCases('opaque-create-destroy', [
  { code: 'opaque-create-destroy', line: 7, column: 14, message: 'create function demo_parser_new does not return Parser with pass: transfer' },
  { code: 'opaque-create-destroy', line: 8, column: 14, message: 'destroy function demo_parser_free must take one Parser with pass: transfer and return nothing' },
  { code: 'opaque-create-destroy', line: 10, column: 3, message: 'opaque type Lexer has no create function' },
  { code: 'opaque-create-destroy', line: 10, column: 3, message: 'opaque type Lexer has no destroy function' },
  { code: 'type-produced', line: 10, column: 3, message: 'type Lexer is declared, but no function takes or returns it' },
  { code: 'opaque-create-destroy', line: 17, column: 14, message: 'create function demo_cursor_open does not return Cursor with pass: transfer' },
  { code: 'opaque-create-destroy', line: 18, column: 14, message: 'destroy function demo_cursor_close must take one Cursor with pass: transfer and return nothing' },
]);
