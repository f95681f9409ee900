// Finds plain (unquoted) scalars followed by a comment on the same line. In prose that is always a bug:
// ` #[unsafe(no_mangle)]` inside an unquoted sentence starts a YAML comment, and the sentence silently ends
// at "Check that every". Interlock's own playbook files refuse it; quoting the text is the fix.
import { isScalar, Scalar, visit, type Document } from 'yaml';

interface CommentAfterPlainText {
  /** Offset of the '#' that starts the comment. */
  offset: number;
  /** The scalar's text as YAML read it (what the comment cut short). */
  value: string;
}

export function commentsAfterPlainText(doc: Document, text: string): CommentAfterPlainText[] {
  const found: CommentAfterPlainText[] = [];
  visit(doc, {
    Scalar(key, node) {
      // Keys are names, not prose; only a value can be cut short.
      if (key === 'key' || !isScalar(node) || node.type !== Scalar.PLAIN || node.range === undefined || node.range === null) return;
      const end = node.range[1];
      const newline = text.indexOf('\n', end);
      const rest = text.slice(end, newline === -1 ? text.length : newline);
      const hash = /^[ \t]+#/.exec(rest);
      if (hash !== null) found.push({ offset: end + hash[0].length - 1, value: String(node.value) });
    },
  });
  return found;
}
