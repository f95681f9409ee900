// parent-link: Child handles are made from their parent.
import { ruleCases } from './support.ts';

ruleCases('parent-link', [
  { code: 'parent-link', line: 14, column: 14, message: 'demo_iter_new creates Iter handles but takes no Regex, their parent' },
  { code: 'parent-link', line: 31, column: 21, message: 'the parent of Span must be another opaque handle, but Span is the type itself' },
  { code: 'parent-link', line: 45, column: 32, message: 'demo_cursor_new takes ownership of Regex, but Cursor handles only borrow their parent' },
]);
