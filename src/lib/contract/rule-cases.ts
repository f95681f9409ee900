// A lint rule's case files (test/fixtures/contract/rules/<id>/): the `#~ <code>/<messageId>` marks that
// say which lines of invalid.yaml must get a finding (clippy's UI-test annotations), and the one line per
// finding of invalid.findings. The rule tests, `npm run bless` and the rule's docs page read them alike.
import { allDiagnostics, checkContract } from './check.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export const ruleCaseFile = (id: string, name: 'valid.yaml' | 'invalid.yaml' | 'invalid.findings'): string =>
  `test/fixtures/contract/rules/${id}/${name}`;

/** A trailing YAML comment: at least one space, `#~`, then comma-separated `code/messageId` marks. */
const MARK = /\s+#~ ([^\n]+)$/;

interface CaseAnnotation {
  line: number;
  /** `code/messageId` */
  mark: string;
}

export function annotations(source: string): CaseAnnotation[] {
  return source.split('\n').flatMap((text, i) => {
    const marks = MARK.exec(text)?.[1];
    return marks === undefined ? [] : marks.split(',').map((mark) => ({ line: i + 1, mark: mark.trim() }));
  });
}

/** The case as a reader should see it: the marks removed, every finding still at its line and column. */
export function withoutAnnotations(source: string): string {
  return source
    .split('\n')
    .map((text) => text.replace(MARK, ''))
    .join('\n');
}

export function caseFindings(source: string, file: string): Diagnostic[] {
  return allDiagnostics(checkContract(source, file));
}

/** One line per finding, as invalid.findings holds them: `line:column code/messageId {data}`. */
export function findingLines(findings: readonly Diagnostic[]): string[] {
  return findings.map((d) => `${d.line}:${d.column} ${d.code}/${d.messageId} ${JSON.stringify(d.data ?? {})}`);
}
