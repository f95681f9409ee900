// parent-link: Child handles are made from their parent.
import { ruleCases } from './support.ts';

ruleCases('parent-link', [
  { code: 'parent-link', line: 14, column: 14, messageId: 'createWithoutParent', data: { fn: 'demo_iter_new', type: 'Iter', parent: 'Regex' } },
  { code: 'parent-link', line: 31, column: 21, messageId: 'parentNotHandle', data: { type: 'Span', parent: 'Span', what: 'the type itself' } },
  { code: 'parent-link', line: 45, column: 32, messageId: 'parentTaken', data: { fn: 'demo_cursor_new', parent: 'Regex', type: 'Cursor' } },
]);
