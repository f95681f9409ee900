// Why a check is on the list, in Markdown: the team's contract elements (each a task of its own, so a
// reviewer ticks the check per handle or function) or the answers that put it there. Names from the
// contract and answer text go through the Markdown encoder.
import { elementPhrase } from '../contract/element.ts';
import type { RuleReason } from '../engine/reasons.ts';
import { mdCode, mdText } from '../output/markdown.ts';

/** The lines under a check that say why it is there; element lines are tasks, ticked per element. */
export function reasonMarkdown(reason: RuleReason): string[] {
  const lines: string[] = [];
  if (reason.elements.length > 0) {
    lines.push('For each of these in your contract:', '');
    for (const e of reason.elements) lines.push(`- [ ] ${elementPhrase(e, mdCode)}`);
    lines.push('');
  }
  const known = reason.answers.filter((a) => a.findOut === undefined);
  if (known.length > 0) {
    const said = known.map((a) => `"${mdText(a.question)}" with "${mdText(a.answer)}"`);
    lines.push(`On this list because you answered ${said.join('; ')}.`, '');
  }
  for (const a of reason.answers.filter((x) => x.findOut !== undefined)) {
    lines.push(`Kept until you know: you answered "${mdText(a.question)}" with "${mdText(a.answer)}". To find out: ${mdText(a.findOut ?? '')}`, '');
  }
  if (reason.inputs.length > 0) lines.push(`On this list because ${reason.inputs.map(mdText).join('; ')}.`, '');
  return lines;
}
