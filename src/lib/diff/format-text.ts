// The default report for a terminal or a CI log: changes grouped by severity with file:line:col positions,
// governance findings with their source line, the touched facts, the checklist and the verdict. Every value
// from a contract, the command line or a rules folder goes through the terminal encoder (src/lib/output/).
import { formatDiagnostic, splitLines } from '../diagnostics/format-text.ts';
import { terminalText as clean } from '../output/terminal.ts';
import { pathText } from './change.ts';
import type { Change } from './change.ts';
import type { DiffReport } from './diff.ts';
import { plural } from '../output/words.ts';
import { at, bumpSentence, byImpact } from './present.ts';

interface SourceTexts {
  base?: string;
  head?: string;
}

function where(report: DiffReport, change: Change): string {
  const base = change.base === undefined ? undefined : at(report.base.file, change.base);
  const head = change.head === undefined ? undefined : at(report.head.file, change.head);
  if (head !== undefined && base !== undefined) return `${head} (base ${base})`;
  return head ?? base ?? report.head.file;
}

export function formatText(report: DiffReport, sources: SourceTexts = {}): string {
  const out: string[] = [
    `interlock diff ${clean(report.head.library)}: ABI ${clean(report.abi.base)} -> ${clean(report.abi.head)} (${clean(bumpSentence(report))})`,
    `  base ${clean(report.base.file)}`,
    `  head ${clean(report.head.file)}`,
    '',
  ];
  if (report.changes.length === 0) out.push('No changes to the boundary contract.', '');
  for (const group of byImpact(report)) {
    out.push(`${group.severity}: ${plural(group.changes.length, 'change')}`);
    for (const { change } of group.changes) {
      out.push(`  ${clean(where(report, change))}: ${clean(change.kind)} ${clean(pathText(change.path))}`);
      out.push(`    ${clean(change.summary)}`);
      out.push(`    ${clean(change.implication)}`);
    }
    out.push('');
  }
  if (report.governance.length > 0) {
    out.push('governance:');
    const lines = {
      base: sources.base === undefined ? undefined : splitLines(sources.base),
      head: sources.head === undefined ? undefined : splitLines(sources.head),
    };
    for (const d of report.governance) {
      const source = d.file === report.head.file ? lines.head : d.file === report.base.file ? lines.base : undefined;
      out.push(formatDiagnostic(d, source));
    }
    out.push('');
  }
  if (report.facts.length > 0) out.push(`facts touched: ${clean(report.facts.join(', '))}`, '');
  if (report.checklist.items.length > 0) {
    out.push(report.checklist.source === 'rules' ? 'targeted audit checklist (audit rules):' : 'targeted audit checklist (facts):');
    for (const item of report.checklist.items) {
      const meta = item.severity === undefined ? '' : ` (${clean(item.severity)}, ${clean(item.phase ?? '')})`;
      out.push(`  [ ] ${clean(item.id)}${meta}: ${clean(item.title)}`);
    }
    out.push('');
  }
  const audit = report.changes.filter((c) => c.audit).length;
  const findings = report.governance.length;
  out.push(report.auditNeeded
    ? `audit needed: ${plural(audit, 'change')} to audit, ${plural(findings, 'governance finding')} (exit 1)`
    : `no relevant change${report.changes.length > 0 ? ` (${plural(report.changes.length, 'documentation or naming change')})` : ''} (exit 0)`);
  return `${out.join('\n')}\n`;
}
