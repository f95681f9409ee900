// Recorded evidence (interlock evidence run) under each check of a Markdown export: what ran, how it ended,
// and where its output and hash are, so a reader of the checklist or postmortem can check it.
import type { EvidenceDoc, EvidenceStep } from '../evidence/schema.ts';
import { mdCode, mdText } from '../output/markdown.ts';

function outcome(s: EvidenceStep): string {
  if (s.timedOut) return 'timed out';
  return s.exitCode === 0 ? 'passed' : s.exitCode === null ? 'ended by a signal' : `failed (exit ${s.exitCode})`;
}

/** The lines for one check: one bullet per recorded step of its rule; none when nothing was recorded. */
export function evidenceMarkdown(steps: readonly EvidenceStep[]): string[] {
  if (steps.length === 0) return [];
  const lines = ['Recorded evidence:', ''];
  for (const s of steps) {
    const first = s.command.split('\n')[0] ?? '';
    const more = s.command.includes('\n') ? ' and more' : '';
    lines.push(`- step ${s.step} ${outcome(s)}: ${mdCode(first)}${more} in ${mdCode(s.cwd)}, ${mdText(s.started)}, ${(s.durationMs / 1000).toFixed(1)} s; output ${mdCode(s.output.file)} (${mdCode(s.output.sha256)})`);
  }
  lines.push('');
  return lines;
}

/** The header row: which record, when, and whether it belongs to this checklist. */
export function evidenceSummary(doc: EvidenceDoc, checklistHash: string): string {
  const failed = doc.steps.filter((s) => s.exitCode !== 0).length;
  const same = doc.checklist.hash === checklistHash ? '' : '; recorded for a different checklist (its input hash differs)';
  return `${doc.steps.length} step(s) run ${mdText(doc.started.slice(0, 10))} with ${mdText(doc.tools.go ?? 'no Go')}, ${mdText(doc.tools.cargo ?? 'no cargo')}: ${failed} failed${same}`;
}
