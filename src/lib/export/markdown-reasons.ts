// Why a check is on the list, in Markdown: the team's contract elements (each a task of its own, so a
// reviewer ticks the check per handle or function) or the answers that put it there. Names from the
// contract and answer text go through the Markdown encoder.
import type { BoundaryElement, ElementKind } from '../contract/element.ts';
import type { RuleReason } from '../engine/reasons.ts';
import { mdCode, mdText } from '../output/markdown.ts';

const KIND_WORDS: Readonly<Record<ElementKind, string>> = {
  library: 'library',
  handle: 'handle',
  buffer: 'buffer type',
  string: 'string type',
  struct: 'struct',
  enum: 'enum',
  function: 'function',
  parameter: 'parameter',
  callback: 'callback',
};

/** "handle `Image` (created by `img_decode`; destroyed by `img_free`)", "callback `cb` of `img_watch`". */
function elementMarkdown(e: BoundaryElement): string {
  const related = e.related.map(([verb, names]) => `${verb} ${names.map((n) => mdCode(n)).join(', ')}`);
  const of = e.of !== undefined ? ` of ${mdCode(e.of)}` : '';
  return `${KIND_WORDS[e.kind]} ${mdCode(e.name)}${of}${related.length > 0 ? ` (${related.join('; ')})` : ''}`;
}

/** The lines under a check that say why it is there; element lines are tasks, ticked per element. */
export function reasonMarkdown(reason: RuleReason): string[] {
  const lines: string[] = [];
  if (reason.elements.length > 0) {
    lines.push('For each of these in your contract:', '');
    for (const e of reason.elements) lines.push(`- [ ] ${elementMarkdown(e)}`);
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
