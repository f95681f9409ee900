// opaque-create-destroy: Opaque handles have create and destroy functions that match.
import { ruleCases } from './support.ts';

ruleCases('opaque-create-destroy', [
  { code: 'opaque-create-destroy', line: 7, column: 14, messageId: 'createDoesNotReturn', data: { fn: 'demo_parser_new', type: 'Parser', pass: 'transfer' } },
  { code: 'opaque-create-destroy', line: 8, column: 14, messageId: 'destroyShape', data: { fn: 'demo_parser_free', type: 'Parser' } },
  { code: 'opaque-create-destroy', line: 10, column: 3, messageId: 'noCreate', data: { type: 'Lexer' } },
  { code: 'opaque-create-destroy', line: 10, column: 3, messageId: 'noDestroy', data: { type: 'Lexer' } },
  { code: 'type-produced', line: 10, column: 3, messageId: 'unused', data: { type: 'Lexer' } },
  { code: 'opaque-create-destroy', line: 17, column: 14, messageId: 'createDoesNotReturn', data: { fn: 'demo_cursor_open', type: 'Cursor', pass: 'transfer' } },
  { code: 'opaque-create-destroy', line: 18, column: 14, messageId: 'destroyShape', data: { fn: 'demo_cursor_close', type: 'Cursor' } },
]);
