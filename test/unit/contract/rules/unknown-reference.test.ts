// unknown-reference: Every referenced function and type is declared.
import { ruleCases } from './support.ts';

ruleCases('unknown-reference', [
  { code: 'unknown-reference', line: 8, column: 14, message: 'demo_session_free (destroy function of Session) is not declared under functions' },
  { code: 'unknown-reference', line: 13, column: 23, message: 'type "Config" of parameter config of demo_session_open is neither built in nor declared under types' },
]);
