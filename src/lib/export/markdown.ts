// Checklist (and postmortem) -> GitHub-flavoured Markdown with task lists, for an issue, a pull request or a
// postmortem document. Pure and deterministic: the wizard and the CLI produce the same bytes for the same input.
// Rule text is Interlock's own Markdown; everything from answers, a contract or an incident file goes through
// the Markdown encoder (src/lib/output/markdown.ts), so it can never become a link, image, HTML or task.
import type { Checklist } from '../engine/checklist.ts';
import type { Postmortem, ProgressState } from '../engine/postmortem.ts';
import type { Rule, VerifyStep } from '../rules/schema.ts';
import { ANSSI_CHECKLIST_URL, PHASE_TITLES, VERIFY_PLACE_TITLES } from '../rules/vocabulary.ts';
import { mdCodeInCell, mdProse, mdText } from '../output/markdown.ts';

/** Indents every non-empty line; empty lines stay empty so no trailing spaces appear. */
function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return text.split('\n').map((line) => (line === '' ? '' : pad + line)).join('\n');
}

/** Input-derived values in a table cell: a code span the cell's `|` cannot split. */
const code = mdCodeInCell;

function list(items: readonly string[], empty = 'none'): string {
  return items.length === 0 ? empty : items.join(', ');
}

function renderStep(step: VerifyStep, n: number): string {
  const lines = [`${n}. ${step.step}`];
  if (step.run !== undefined) {
    const body = step.in !== undefined ? `# ${VERIFY_PLACE_TITLES[step.in]}\n${step.run}` : step.run;
    lines.push('', indent(['```sh', body, '```'].join('\n'), 3));
  }
  return lines.join('\n');
}

/** One rule as a task-list item with why, verify steps, evidence and cross-references. */
export function renderRuleItem(rule: Rule, state?: ProgressState): string {
  const box = state === 'done' ? '[x]' : '[ ]';
  const note = state === 'failed' ? `${rule.severity}, failed` : rule.severity;
  const parts = [
    `- ${box} **${rule.id}** ${rule.title} (${note})`,
    '',
    indent(`Why: ${rule.rationale}`, 2),
    '',
    indent('Verify:', 2),
    '',
    indent(rule.verify.map((s, i) => renderStep(s, i + 1)).join('\n\n'), 2),
    '',
    indent('Evidence:', 2),
    '',
    indent(rule.evidence.map((e) => `- ${e}`).join('\n'), 2),
    '',
  ];
  const refs = [
    `Covers ${rule.covers.join(', ')}.`,
    rule.patterns.length > 0 ? `Patterns: ${rule.patterns.join(', ')}.` : '',
    rule.lint.length > 0 ? `Lint: ${rule.lint.join(', ')}.` : '',
    rule.anssi.length > 0 ? `ANSSI: ${rule.anssi.map((a) => `[${a}](${ANSSI_CHECKLIST_URL})`).join(', ')}.` : '',
  ].filter((s) => s !== '');
  parts.push(indent(refs.join(' '), 2), '');
  parts.push(indent(`References: ${rule.references.map((r) => `[${r.title}](${r.url})`).join(', ')}.`, 2));
  return parts.join('\n');
}

function headerTable(c: Checklist): string[] {
  const m = c.meta;
  const rows: Array<[string, string]> = [
    ['Project', m.project !== undefined ? code(m.project) : 'not given'],
  ];
  if (m.crate !== undefined) rows.push(['Rust crate', code(m.crate)]);
  if (m.goModule !== undefined) rows.push(['Go module', code(m.goModule)]);
  rows.push(
    ['Contract ABI', m.abi !== undefined ? mdText(m.abi) : 'not given'],
    ['Date', mdText(m.date)],
    ['Interlock', mdText(m.interlockVersion)],
    [m.input.kind === 'answers' ? 'Answers hash' : 'Facts hash', code(m.input.hash)],
    ['Facts', list(c.facts.map(code))],
  );
  return ['| Field | Value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function summaryLine(c: Checklist): string {
  const n = c.counts;
  const noun = n.total === 1 ? 'check' : 'checks';
  return `${n.total} ${noun}: ${n.critical} critical, ${n.high} high, ${n.medium} medium, ${n.low} low. Tick a box once its evidence is attached.`;
}

function checklistBody(c: Checklist, status?: Readonly<Record<string, ProgressState>>, level = 2): string[] {
  const out: string[] = [];
  const hashes = '#'.repeat(level);
  for (const group of c.phases) {
    out.push(`${hashes} ${PHASE_TITLES[group.phase]}`, '');
    for (const rule of group.rules) out.push(renderRuleItem(rule, status?.[rule.id]), '');
  }
  return out;
}

/** The checklist as a Markdown document ending in one newline. */
export function checklistMarkdown(c: Checklist): string {
  const title = c.meta.project !== undefined ? `# Interlock audit checklist: ${code(c.meta.project)}` : '# Interlock audit checklist';
  const lines = [title, '', ...headerTable(c), '', summaryLine(c), '', ...checklistBody(c)];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Prompts shown under a postmortem heading the incident file left empty: questions, not filler. */
const PROMPTS = {
  impact: 'What did users and operators see, for how long, and how much was affected?',
  trigger: 'Which change, input or load set the fault off?',
  detection: 'How was the fault noticed, and how much earlier could a detector have caught it?',
  resolution: 'What stopped the impact, and what was changed afterwards?',
  lessons: 'What did the team learn about interface ergonomics, allocation strategy and synchronisation across languages? Which of these belong in the contract?',
} as const;

/** Incident prose as a block quote; each line escaped, so no line can start a heading, list or task. */
function quote(text: string): string {
  return mdProse(text).map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');
}

function section(title: string, text: string | undefined, prompt: string): string[] {
  return [`## ${title}`, '', text !== undefined ? quote(text) : `_${prompt}_`, ''];
}

/** A blameless postmortem skeleton followed by the full checklist with each item's status. */
export function postmortemMarkdown(c: Checklist, pm: Postmortem): string {
  const inc = pm.incident;
  const fc = pm.faultClass;
  const rows: Array<[string, string]> = [
    ['Incident', mdText(inc.id)],
    ['Date', mdText(inc.date)],
    ['Fault class', `${fc.title} (${code(fc.id)})`],
    ['Project', c.meta.project !== undefined ? code(c.meta.project) : 'not given'],
    ['Contract ABI', c.meta.abi !== undefined ? mdText(c.meta.abi) : 'not given'],
    ['Checklist date', mdText(c.meta.date)],
    ['Interlock', mdText(c.meta.interlockVersion)],
    [c.meta.input.kind === 'answers' ? 'Answers hash' : 'Facts hash', code(c.meta.input.hash)],
  ];
  const failed = pm.actionItems.filter((a) => a.status === 'failed').length;
  const open = pm.actionItems.length - failed;
  const guarding = fc.rules.map((id) => {
    const state = pm.status[id];
    return state === undefined ? `${id} (not in this checklist)` : `${id} (${state})`;
  });
  const lines = [
    `# Postmortem ${mdText(inc.id)}: ${mdText(inc.title)}`,
    '',
    '| Field | Value |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    'This postmortem is blameless: it looks for the gaps in design and process that let the fault through, not for a person to blame.',
    '',
    '## Summary',
    '',
    quote(inc.summary),
    '',
    ...section('Impact', inc.impact, PROMPTS.impact),
    ...section('Trigger', inc.trigger, PROMPTS.trigger),
    '## Root causes',
    '',
    `Fault class: **${fc.title}**. ${fc.summary}`,
    '',
    `Checks that guard against it: ${list(guarding)}.`,
    '',
  ];
  const missing = pm.faultRulesNotInChecklist;
  if (missing.length > 0) {
    const one = missing.length === 1;
    lines.push(`${missing.join(', ')} ${one ? 'is' : 'are'} not in this checklist because the answers or contract do not establish the facts ${one ? 'it applies' : 'they apply'} to. If the incident involved ${one ? 'it' : 'them'}, correct the answers or the contract first.`, '');
  }
  lines.push(
    '_Which contract rule was missing or unclear, which check would have caught the fault, and why did the wrong code look right in review?_',
    '',
    '## Detection',
    '',
    inc.detection !== undefined ? quote(inc.detection) : `_${PROMPTS.detection}_`,
    '',
    `Detectors that catch this fault class: ${list(fc.detectors.map(code))}.`,
    '',
    ...section('Resolution', inc.resolution, PROMPTS.resolution),
    '## Action items',
    '',
    `${pm.actionItems.length} ${pm.actionItems.length === 1 ? 'item' : 'items'} from the checklist: ${failed} failed, ${open} not done. Give each an owner and a date.`,
    '',
  );
  for (const a of pm.actionItems) {
    const marks = [a.rule.severity, a.status === 'failed' ? 'failed' : 'not done', ...(a.guardsFaultClass ? ['guards this fault class'] : [])];
    lines.push(`- [ ] **${a.rule.id}** ${a.rule.title} (${marks.join(', ')})`);
  }
  if (pm.actionItems.length > 0) lines.push('');
  lines.push(
    '## Lessons',
    '',
    `_${PROMPTS.lessons}_`,
    '',
    '## Audit checklist',
    '',
    summaryLine(c),
    '',
    ...checklistBody(c, pm.status, 3),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
