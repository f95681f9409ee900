// Checklist items a probe answers -> passed or failed, with the file:line evidence; the rest stay for a person.
import { mdCode, mdText } from '../output/markdown.ts';
import type { Boundary } from './model.ts';
import { PROBES, runProbes } from './probes/index.ts';
import { render } from './probes/probe.ts';

export interface RuleEvidence {
  rule: string;
  status: 'passed' | 'failed';
  /** The probes that answered, in catalogue order. */
  probes: string[];
  findings: { probe: string; message: string; file: string; line: number; column: number }[];
}

/** One entry per checklist rule that a probe over the scanned languages answers, in the order of `ruleIds`. */
export function scanEvidence(boundary: Boundary, ruleIds: readonly string[]): RuleEvidence[] {
  const read = new Set<string>([...(boundary.rust.length > 0 ? ['rust'] : []), ...(boundary.go.some((f) => !f.isTest) ? ['go'] : [])]);
  const usable = PROBES.filter((p) => read.has(p.meta.reads));
  const findings = runProbes(boundary, usable);
  const out: RuleEvidence[] = [];
  for (const rule of ruleIds) {
    const probes = usable.filter((p) => p.meta.answers === rule);
    if (probes.length === 0) continue;
    const own = findings.filter((f) => probes.some((p) => p.meta.id === f.probe)).map((f) => ({
      probe: f.probe,
      message: render(probes.find((p) => p.meta.id === f.probe)!.meta, f),
      file: f.pos.file,
      line: f.pos.line,
      column: f.pos.column,
    }));
    out.push({ rule, status: own.length === 0 ? 'passed' : 'failed', probes: probes.map((p) => p.meta.id), findings: own });
  }
  return out;
}

/** The Markdown section appended to a checklist: checked boxes for passed items, evidence under failed ones. */
export function scanEvidenceMarkdown(evidence: readonly RuleEvidence[], unanswered: number): string {
  const lines = ['', '## Evidence from the code', '', `Static probes answered ${evidence.length} of the checklist's rules; the other ${unanswered} stay for a person.`, ''];
  for (const e of evidence) {
    const probes = e.probes.map((p) => mdCode(p)).join(', ');
    lines.push(`- [${e.status === 'passed' ? 'x' : ' '}] ${mdText(e.rule)}: ${e.status} (${probes})`);
    for (const f of e.findings) lines.push(`  - ${mdCode(`${f.file}:${f.line}:${f.column}`)} ${mdText(f.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
