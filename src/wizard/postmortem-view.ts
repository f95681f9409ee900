// Postmortem mode above the checklist: the incident header, the fault class, action items, and the engine's document.
import type { FaultClass } from '../lib/engine/fault-classes.ts';
import { actionItems, type Progress } from '../lib/engine/postmortem.ts';
import type { AuditRule } from '../lib/rules/schema.ts';
import { DETECTORS } from '../lib/patterns/detectors.ts';
import type { DetectorId } from '../lib/patterns/schema.ts';

interface PostmortemViewInput {
  fields: Readonly<Record<string, string>>;
  faultClasses: readonly FaultClass[];
  rules: readonly AuditRule[];
  progress: Progress;
}

/** Builds the view with DOM calls; the Markdown document is filled in later by the caller (it needs the engine). */
export function renderPostmortemView(doc: Document, container: HTMLElement, input: PostmortemViewInput): HTMLPreElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };
  const f = input.fields;
  const fault = input.faultClasses.find((c) => c.id === f['fault-class']);
  const id = f['incident']?.trim() || 'Incident ID not given yet';
  const title = f['title']?.trim() || 'title not given yet';
  const rows: Array<[string, Node | string]> = [
    ['Date', f['date']?.trim() || 'not given yet'],
    ['Fault class', fault !== undefined ? `${fault.title}: ${fault.summary}` : 'not chosen yet'],
  ];
  // Detectors by name, not by the pattern harness's IDs.
  if (fault !== undefined) rows.push(['Detectors that catch it', fault.detectors.map((d) => DETECTORS[d as DetectorId]?.label ?? d).join(', ')]);
  const items = actionItems(input.rules, fault?.rules ?? [], input.progress);
  const failed = items.filter((a) => a.status === 'failed').length;
  const list = el(
    'ul',
    { class: 'wz-actions' },
    ...items.map((a) => {
      const marks = [a.rule.severity, a.status === 'failed' ? 'failed' : 'not done', ...(a.guardsFaultClass ? ['guards this fault class'] : [])];
      return el('li', {}, el('a', { href: `#wz-item-${a.rule.id}`, 'data-item-link': a.rule.id }, `${a.rule.id} ${a.rule.title}`), ` (${marks.join(', ')})`);
    }),
  );
  const markdown = el('pre', { class: 'wz-pm-doc', tabindex: '0', 'aria-label': 'Postmortem document in Markdown' });
  container.replaceChildren(
    el('h3', {}, `Postmortem ${id}: ${title}`),
    el('dl', { class: 'wz-pm-facts' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('p', {}, 'Blameless: the postmortem looks for the gaps in design and process that let the fault through, not for a person to blame. Tick what was done; mark as failed what the incident showed was not.'),
    el('h4', {}, `Action items (${items.length}: ${failed} failed, ${items.length - failed} not done)`),
    items.length > 0 ? list : el('p', {}, 'No check failed and every check that guards against this fault class is done: no action items.'),
    el('details', { class: 'wz-pm-preview' }, el('summary', {}, 'The postmortem document (Markdown, as exported)'), markdown),
  );
  return markdown;
}
