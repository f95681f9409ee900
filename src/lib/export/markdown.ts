// Checklist (and postmortem) -> GitHub-flavoured Markdown with task lists, for an issue, a pull request or a
// postmortem document. Pure and deterministic: the wizard and the CLI produce the same bytes for the same input.
// Rule text is Interlock's own Markdown; everything from answers, a contract or an incident file goes through
// the Markdown encoder (src/lib/output/markdown.ts), so it can never become a link, image, HTML or task.
import { checklistRules, type Checklist, type ChecklistMeta } from '../engine/checklist.ts';
import { DETECTORS } from '../patterns/detectors.ts';
import type { DetectorId } from '../patterns/schema.ts';
import type { RuleReason } from '../engine/reasons.ts';
import { reasonMarkdown } from './markdown-reasons.ts';
import { evidenceMarkdown, evidenceSummary } from './markdown-evidence.ts';
import type { EvidenceDoc, EvidenceStep } from '../evidence/schema.ts';
import { SHOWABLE_PATH, withContractPath } from './verify-command.ts';
import type { Postmortem, ProgressState } from '../engine/postmortem.ts';
import type { AuditRule, VerifyStep } from '../rules/schema.ts';
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

type Paths = ChecklistMeta['paths'];

/** `# in the Go wrapper module (go/imgcodec, relative to the contract)` when the contract names it. */
function placeComment(place: VerifyStep['in'] & string, paths: Paths): string {
  const path = place === 'repo' ? undefined : paths?.[place];
  const where = path !== undefined && SHOWABLE_PATH.test(path) ? ` (${path}, relative to the contract)` : '';
  return `# ${VERIFY_PLACE_TITLES[place]}${where}`;
}

function renderStep(step: VerifyStep, n: number, paths: Paths): string {
  const lines = [`${n}. ${step.step}`];
  if (step.run !== undefined) {
    const run = withContractPath(step.run, paths);
    const body = step.in !== undefined ? `${placeComment(step.in, paths)}\n${run}` : run;
    lines.push('', indent(['```sh', body, '```'].join('\n'), 3));
  }
  return lines.join('\n');
}

/** What a rule item may show beyond the rule: its review state, why it is listed, where the team's code is. */
interface ItemContext {
  state?: ProgressState;
  reason?: RuleReason;
  paths?: Paths;
  /** Steps of this rule recorded by `interlock evidence run`. */
  evidence?: readonly EvidenceStep[];
}

/** One rule as a task-list item with why it is listed, why it matters, verify steps, evidence and cross-references. */
export function renderRuleItem(rule: AuditRule, context: ItemContext = {}): string {
  const { state, reason, paths, evidence } = context;
  const box = state === 'done' ? '[x]' : '[ ]';
  const note = state === 'failed' ? `${rule.severity}, failed` : rule.severity;
  const parts = [`- ${box} **${rule.id}** ${rule.title} (${note})`, ''];
  if (reason !== undefined) parts.push(...reasonMarkdown(reason).map((line) => indent(line, 2)));
  parts.push(
    indent(`Why: ${rule.rationale}`, 2),
    '',
    indent('Verify:', 2),
    '',
    indent(rule.verify.map((s, i) => renderStep(s, i + 1, paths)).join('\n\n'), 2),
    '',
    indent('Attach as evidence:', 2),
    '',
    indent(rule.evidence.map((e) => `- ${e}`).join('\n'), 2),
    '',
    ...evidenceMarkdown(evidence ?? []).map((line) => indent(line, 2)),
  );
  const refs = [
    rule.patterns.length > 0 ? `Patterns: ${rule.patterns.join(', ')}.` : '',
    rule.lint.length > 0 ? `Lint: ${rule.lint.join(', ')}.` : '',
    rule.anssi.length > 0 ? `ANSSI: ${rule.anssi.map((a) => `[${a}](${ANSSI_CHECKLIST_URL})`).join(', ')}.` : '',
  ].filter((s) => s !== '');
  if (refs.length > 0) parts.push(indent(refs.join(' '), 2), '');
  parts.push(indent(`References: ${rule.references.map((r) => `[${r.title}](${r.url})`).join(', ')}.`, 2));
  return parts.join('\n');
}

/** Options every Markdown export takes: where the handbook lives (links) and recorded evidence to show. */
interface ExportOptions {
  /** Like https://interlock.example.com; rule IDs link to their pages only when it is given. */
  siteUrl?: string;
  evidence?: EvidenceDoc;
}

function headerTable(c: Checklist, options: ExportOptions = {}): string[] {
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
  const paths = m.paths;
  if (paths?.rust !== undefined || paths?.go !== undefined) {
    const where = [paths?.rust !== undefined ? `Rust crate ${code(paths.rust)}` : '', paths?.go !== undefined ? `Go package ${code(paths.go)}` : ''].filter((x) => x !== '');
    rows.push(['Code', `${where.join(', ')} (from the contract's sources:, relative to it)`]);
  }
  if (options.evidence !== undefined) rows.push(['Evidence', evidenceSummary(options.evidence, m.input.hash)]);
  return ['| Field | Value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function summaryLine(c: Checklist): string {
  const n = c.counts;
  const noun = n.total === 1 ? 'check' : 'checks';
  const own = Object.keys(c.reasons).length;
  return `${n.total} ${noun} (${own} from your boundary, ${n.total - own} for every boundary): ${n.critical} critical, ${n.high} high, ${n.medium} medium, ${n.low} low. Tick a box once its evidence is attached.`;
}

/** The rules of one scope, by phase, as headings at `level` and task items. */
function scopeBody(c: Checklist, rules: (rule: AuditRule) => boolean, status: Readonly<Record<string, ProgressState>> | undefined, level: number, evidence?: EvidenceDoc): string[] {
  const out: string[] = [];
  for (const group of c.phases) {
    const inScope = group.rules.filter(rules);
    if (inScope.length === 0) continue;
    out.push(`${'#'.repeat(level)} ${PHASE_TITLES[group.phase]}`, '');
    for (const rule of inScope) {
      const steps = evidence?.steps.filter((s) => s.rule === rule.id) ?? [];
      const context: ItemContext = { evidence: steps };
      const state = status?.[rule.id];
      const reason = c.reasons[rule.id];
      if (state !== undefined) context.state = state;
      if (reason !== undefined) context.reason = reason;
      if (c.meta.paths !== undefined) context.paths = c.meta.paths;
      out.push(renderRuleItem(rule, context), '');
    }
  }
  return out;
}

/** Checks this boundary's facts put on the list, then the baseline every boundary gets, each by phase. */
function checklistBody(c: Checklist, status?: Readonly<Record<string, ProgressState>>, level = 2, evidence?: EvidenceDoc): string[] {
  const own = (r: AuditRule): boolean => c.reasons[r.id] !== undefined;
  const ownBody = scopeBody(c, own, status, level + 1, evidence);
  const baseBody = scopeBody(c, (r) => !own(r), status, level + 1, evidence);
  const out: string[] = [];
  const hashes = '#'.repeat(level);
  if (ownBody.length > 0) {
    const source = c.meta.input.kind === 'contract' ? 'the contract' : 'your answers';
    out.push(`${hashes} From your boundary`, '', `Checks that ${source} put on this list; each says which ${c.meta.input.kind === 'contract' ? 'elements' : 'answers'} did.`, '', ...ownBody);
  }
  if (baseBody.length > 0) out.push(`${hashes} Every boundary`, '', 'The baseline: checks that apply to every Go <-> Rust boundary, whatever it holds.', '', ...baseBody);
  return out;
}

/** The checklist as a Markdown document ending in one newline. */
export function checklistMarkdown(c: Checklist, options: ExportOptions = {}): string {
  const title = c.meta.project !== undefined ? `# Interlock audit checklist: ${code(c.meta.project)}` : '# Interlock audit checklist';
  const lines = [title, '', ...headerTable(c, options), '', summaryLine(c), '', ...checklistBody(c, undefined, 2, options.evidence)];
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

/** A rule ID, linked to its handbook page when a base URL is configured. */
function ruleRef(id: string, links: ExportOptions): string {
  if (links.siteUrl === undefined) return `**${id}**`;
  const url = `${links.siteUrl.replace(/\/+$/, '')}/rules/${id}/`;
  // mdLink keeps anything but a plain https URL as text; a team's http host still gets a link from a URL it checked.
  return /^https?:\/\/[^\s()<>\\`"']+$/.test(url) ? `[**${id}**](${url})` : `**${id}**`;
}

/** A detector in words: its name and command (the pattern harness's IDs mean nothing to a reader). */
function detectorWords(id: string): string {
  const d = DETECTORS[id as DetectorId];
  return d === undefined ? mdText(id) : `${d.label}: sees ${d.sees}`;
}

/**
 * A one-page postmortem: header, summary, timeline, fault class, the checks that would have caught it and
 * the action items; the full checklist, with each item's status, follows as an appendix.
 */
export function postmortemMarkdown(c: Checklist, pm: Postmortem, links: ExportOptions = {}): string {
  const inc = pm.incident;
  const fc = pm.faultClass;
  const rows: Array<[string, string]> = [
    ['Incident', mdText(inc.id)],
    ['Date', mdText(inc.date)],
    ['Fault class', fc.title],
    ['Project', c.meta.project !== undefined ? code(c.meta.project) : 'not given'],
    ['Contract ABI', c.meta.abi !== undefined ? mdText(c.meta.abi) : 'not given'],
    ['Checklist', `${mdText(c.meta.date)}, Interlock ${mdText(c.meta.interlockVersion)}, ${c.meta.input.kind === 'answers' ? 'answers' : 'facts'} ${code(c.meta.input.hash)}`],
  ];
  if (links.evidence !== undefined) rows.push(['Evidence', evidenceSummary(links.evidence, c.meta.input.hash)]);
  const byId = new Map(checklistRules(c).map((r) => [r.id, r]));
  const failed = pm.actionItems.filter((a) => a.status === 'failed').length;
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
    '## Timeline',
    '',
    ...timeline(inc),
    '## Fault class',
    '',
    `**${fc.title}**: ${fc.summary}`,
    '',
    ...(fc.detectors.length > 0 ? ['Detectors that catch it:', '', ...fc.detectors.map((d) => `- ${detectorWords(d)}`), ''] : []),
    '## Checks that would have caught it',
    '',
    ...fc.rules.map((id) => {
      const rule = byId.get(id);
      if (rule === undefined) return `- ${ruleRef(id, links)}: not in this checklist (the answers or contract do not establish its facts; if the incident involved it, correct them first)`;
      const state = pm.status[id] ?? 'open';
      return `- ${ruleRef(id, links)} ${rule.title}: ${state === 'done' ? 'done' : state === 'failed' ? 'failed' : 'not done'}`;
    }),
    '',
    '_Which contract rule was missing or unclear, and why did the wrong code look right in review?_',
    '',
    '## Action items',
    '',
    pm.actionItems.length === 0
      ? 'No check failed and every check that guards against this fault class is done.'
      : `${pm.actionItems.length} ${pm.actionItems.length === 1 ? 'item' : 'items'}: ${failed} failed, ${pm.actionItems.length - failed} not done among the checks that guard against this fault class. Give each an owner and a date.`,
    '',
  ];
  for (const a of pm.actionItems) {
    const marks = [a.rule.severity, a.status === 'failed' ? 'failed' : 'not done', ...(a.guardsFaultClass ? ['guards this fault class'] : [])];
    lines.push(`- [ ] ${ruleRef(a.rule.id, links)} ${a.rule.title} (${marks.join(', ')})`);
  }
  if (pm.actionItems.length > 0) lines.push('');
  lines.push('## Lessons', '', `_${PROMPTS.lessons}_`, '', '## Appendix: the audit checklist', '', summaryLine(c), '', ...checklistBody(c, pm.status, 3, links.evidence));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Trigger, detection and resolution in order, each the incident's words or the question to answer. */
function timeline(inc: Postmortem['incident']): string[] {
  const out: string[] = [];
  for (const [label, text, prompt] of [['Trigger', inc.trigger, PROMPTS.trigger], ['Detection', inc.detection, PROMPTS.detection], ['Resolution', inc.resolution, PROMPTS.resolution]] as const) {
    out.push(`**${label}**`, '', text !== undefined ? quote(text) : `_${prompt}_`, '');
  }
  return out;
}
