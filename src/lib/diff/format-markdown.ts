// The pull-request comment: a verdict line, governance findings, changes grouped by severity, the targeted
// checklist as task items and a changelog draft. Everything from the contracts, the command line or a rules
// folder goes through the Markdown encoder (src/lib/output/markdown.ts): code spans or escaped text only.
import { pathText } from './change.ts';
import type { Change } from './change.ts';
import { changelogEntry } from './changelog.ts';
import type { DiffReport } from './diff.ts';
import { IMPACT_TITLES } from './kinds.ts';
import { plural } from '../output/words.ts';
import { bumpSentence, byImpact, counts } from './present.ts';
import { mdCode as code, mdFence, mdRich, mdText } from '../output/markdown.ts';

/** GitHub refuses comments over 65536 characters; long lists are cut well before that. */
export const MAX_LISTED = 50;

function position(change: Change): string {
  const parts: string[] = [];
  if (change.base !== undefined) parts.push(`base ${change.base.line}:${change.base.column}`);
  if (change.head !== undefined) parts.push(`head ${change.head.line}:${change.head.column}`);
  return parts.join(', ');
}

function verdict(report: DiffReport): string {
  const n = counts(report);
  if (report.changes.length === 0) return '**No change to the boundary contract.**';
  const spread = [
    n['breaking-abi'] > 0 ? `${n['breaking-abi']} breaking ABI` : '',
    n['memory-safety'] > 0 ? `${n['memory-safety']} memory safety` : '',
    n.compatible > 0 ? `${n.compatible} compatible` : '',
  ].filter(Boolean).join(', ');
  const head = report.auditNeeded ? '**Audit needed.**' : '**No relevant change.**';
  return `${head} ${plural(report.changes.length, 'change')} (${spread}).`;
}

export function formatMarkdown(report: DiffReport): string {
  const out: string[] = [
    `### Interlock: boundary contract diff for ${code(report.head.library)}`,
    '',
    verdict(report),
    `ABI ${code(report.abi.base)} → ${code(report.abi.head)} (${mdText(bumpSentence(report))}).`,
    '',
    `Base ${code(report.base.file)}, head ${code(report.head.file)}.`,
    '',
  ];

  if (report.governance.length > 0) {
    out.push('#### Governance', '');
    for (const d of report.governance) {
      const hint = d.hint === undefined ? '' : ` Fix: ${mdRich(d.hint)}.`;
      out.push(`- **${d.severity === 'error' ? 'Error' : 'Warning'}** ${code(d.code)} at ${code(`${d.file}:${d.line}:${d.column}`)}: ${mdRich(d.message)}.${hint}`);
    }
    out.push('');
  }

  for (const group of byImpact(report)) {
    out.push(`#### ${IMPACT_TITLES[group.severity]} (${group.changes.length})`, '');
    for (const { change } of group.changes.slice(0, MAX_LISTED)) {
      out.push(`- ${code(change.kind)} ${code(pathText(change.path))} (${position(change)})  `);
      out.push(`  ${mdRich(change.summary)} ${mdRich(change.implication)}`);
    }
    if (group.changes.length > MAX_LISTED) out.push(`- ... and ${group.changes.length - MAX_LISTED} more (run \`interlock diff --format json\` for all).`);
    out.push('');
  }

  if (report.checklist.items.length > 0) {
    out.push('#### Targeted audit checklist', '');
    out.push(report.checklist.source === 'rules'
      ? 'The audit rules whose facts these changes touch. Tick each one when its verification steps pass, and attach the evidence.'
      : 'The facts these changes touch. Re-check each one against the contract and the code on both sides.');
    out.push('');
    for (const item of report.checklist.items.slice(0, MAX_LISTED)) {
      const meta = item.severity === undefined ? '' : ` (${mdText(item.severity)}, ${mdText(item.phase ?? '')})`;
      const why = item.changes.slice(0, 3).map((i) => report.changes[i]).filter((c) => c !== undefined).map((c) => `${code(c.kind)} at ${code(pathText(c.path))}`);
      const more = item.changes.length > 3 ? ` and ${item.changes.length - 3} more` : '';
      out.push(`- [ ] **${mdText(item.id)}**${meta}: ${mdRich(item.title)}  `);
      out.push(`  Because of ${why.join(', ')}${more}.`);
    }
    out.push('');
  }

  out.push('#### Changelog entry (draft)', '', mdFence(changelogEntry(report).trimEnd(), 'markdown'), '');
  return `${out.join('\n').trimEnd()}\n`;
}
