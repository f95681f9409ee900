// Renders checklist items with DOM calls (never innerHTML for data): each rule's element is built once and reused,
// so reordering the list keeps focus, ticks and opened examples.
import type { AuditRule } from '../lib/rules/schema.ts';
import { PHASE_TITLES, VERIFY_PLACE_TITLES } from '../lib/rules/vocabulary.ts';
import type { ItemState } from './progress.ts';

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, ...children: Array<Node | string>) => HTMLElementTagNameMap[K];

function maker(doc: Document): Make {
  return (tag, attrs = {}, ...children) => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.append(...children);
    return el;
  };
}

/** Text with `code spans` as <code> elements: the only markup rule text uses. */
function inline(make: Make, text: string): Array<Node | string> {
  return text.split('`').map((part, i) => (i % 2 === 1 ? make('code', {}, part) : part));
}

interface ItemContext {
  patterns: Readonly<Record<string, { title: string; summary: string; facts: readonly string[] }>>;
}

/** The element for one rule. Controls carry data-rule and data-control for the page's event delegation. */
function renderItem(doc: Document, rule: AuditRule, ctx: ItemContext): HTMLLIElement {
  const make = maker(doc);
  const titleId = `wz-title-${rule.id}`;
  const done = make('input', { type: 'checkbox', id: `wz-done-${rule.id}`, 'data-rule': rule.id, 'data-control': 'done' });
  // "Failed" alone would not say which check; the title describes it for screen readers.
  const failed = make('input', { type: 'checkbox', id: `wz-failed-${rule.id}`, 'data-rule': rule.id, 'data-control': 'failed', 'aria-describedby': titleId });
  const head = make(
    'div',
    { class: 'wz-item-head' },
    done,
    make('label', { for: done.id }, make('span', { class: `wz-sev wz-sev-${rule.severity}` }, rule.severity), ' ', make('span', { class: 'wz-item-title', id: titleId }, rule.title)),
    make('span', { class: 'wz-failed', 'data-postmortem-only': '' }, failed, make('label', { for: failed.id }, 'Failed')),
    make('a', { class: 'wz-rule-link', href: `/rules/${rule.id}/`, 'aria-label': `Rule ${rule.id}: ${rule.title}` }, rule.id),
  );
  const steps = make(
    'ol',
    { class: 'wz-steps' },
    ...rule.verify.map((s) => {
      const li = make('li', {}, make('p', {}, ...inline(make, s.step)));
      if (s.run !== undefined) {
        const where = s.in !== undefined ? `Run ${VERIFY_PLACE_TITLES[s.in]}:` : 'Run:';
        const copy = make('button', { type: 'button', class: 'wz-copy', 'data-copy': s.run, 'aria-label': `Copy the commands of step ${rule.verify.indexOf(s) + 1} of ${rule.id}` }, 'Copy');
        li.append(make('p', { class: 'wz-where' }, where, ' ', copy), make('pre', { class: 'wz-run', tabindex: '0' }, make('code', {}, s.run)));
      }
      return li;
    }),
  );
  const bodyId = `wz-body-${rule.id}`;
  const body = make(
    'div',
    { class: 'wz-item-body', id: bodyId, hidden: '' },
    make('p', {}, make('strong', {}, 'Why: '), ...inline(make, rule.rationale)),
    make('p', { class: 'wz-label' }, make('strong', {}, 'How to verify')),
    steps,
    make('p', { class: 'wz-label' }, make('strong', {}, 'Evidence to attach')),
    make('ul', { class: 'wz-evidence' }, ...rule.evidence.map((e) => make('li', {}, ...inline(make, e)))),
  );
  const patterns = rule.patterns.filter((id) => Object.hasOwn(ctx.patterns, id));
  if (patterns.length > 0) {
    const links: Array<Node | string> = [patterns.length === 1 ? 'Runnable pattern: ' : 'Runnable patterns: '];
    patterns.forEach((id, i) => {
      if (i > 0) links.push(', ');
      links.push(make('a', { href: `/patterns/${id}/` }, ctx.patterns[id]?.title ?? id));
    });
    body.append(make('p', { class: 'wz-patterns' }, ...links));
    for (const id of patterns) {
      const summary = make('summary', {}, `Show the example code: ${ctx.patterns[id]?.title ?? id}`);
      body.append(make('details', { class: 'wz-example', 'data-pattern': id }, summary, make('div', { class: 'wz-example-body' })));
    }
  }
  // Explanations start folded: the list reads as a list of checks, and each opens on demand (print shows all).
  const toggle = make('button', { type: 'button', class: 'wz-more', 'aria-expanded': 'false', 'aria-controls': bodyId }, 'Why, how to verify, evidence');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
  });
  const why = make('p', { class: 'wz-why-listed', hidden: '' });
  return make('li', { class: 'wz-item', id: `wz-item-${rule.id}`, 'data-rule': rule.id, 'data-severity': rule.severity, 'data-phase': rule.phase }, head, why, toggle, body);
}

/** Shows a rule's saved state on its controls; "failed" only counts in postmortem mode. */
export function showState(item: HTMLElement, state: ItemState | undefined): void {
  const done = item.querySelector<HTMLInputElement>('input[data-control="done"]');
  const failed = item.querySelector<HTMLInputElement>('input[data-control="failed"]');
  if (done) done.checked = state === 'done';
  if (failed) failed.checked = state === 'failed';
  item.dataset['state'] = state ?? 'open';
}

export interface Renderer {
  /**
   * Replaces the list with these phases, reusing each rule's element: first the checks the answers put there
   * (each saying which answer did, from `why`), then the baseline every boundary gets. `facts` decides which
   * examples show: a pattern applies when one of its declared facts holds (as in the zip).
   */
  render(phases: ReadonlyArray<{ phase: AuditRule['phase']; rules: readonly AuditRule[] }>, state: Readonly<Record<string, ItemState>>, facts: ReadonlySet<string>, why: (rule: AuditRule) => string | undefined): void;
  item(ruleId: string): HTMLElement | undefined;
}

export function createRenderer(doc: Document, container: HTMLElement, ctx: ItemContext): Renderer {
  const make = maker(doc);
  const items = new Map<string, HTMLLIElement>();
  const get = (rule: AuditRule): HTMLLIElement => {
    let el = items.get(rule.id);
    if (el === undefined) {
      el = renderItem(doc, rule, ctx);
      items.set(rule.id, el);
    }
    return el;
  };
  return {
    render(phases, state, facts, why) {
      const scope = (key: 'own' | 'base', title: string, note: string, pick: (rule: AuditRule) => boolean): HTMLElement[] => {
        const sections = phases.flatMap((group) => {
          const rules = group.rules.filter(pick);
          if (rules.length === 0) return [];
          const headingId = `wz-phase-${key}-${group.phase}`;
          const list = make('ol', { class: 'wz-list', 'aria-labelledby': headingId });
          for (const rule of rules) {
            const el = get(rule);
            showState(el, state[rule.id]);
            const reason = el.querySelector<HTMLElement>('.wz-why-listed');
            if (reason !== null) {
              reason.textContent = why(rule) ?? '';
              reason.hidden = reason.textContent === '';
            }
            for (const example of el.querySelectorAll<HTMLElement>('.wz-example')) {
              example.hidden = ctx.patterns[example.dataset['pattern'] ?? '']?.facts.some((f) => facts.has(f)) !== true;
            }
            list.append(el);
          }
          return [make('section', { class: 'wz-phase' }, make('h4', { id: headingId }, `${PHASE_TITLES[group.phase]} (${rules.length})`), list)];
        });
        const count = phases.reduce((n, g) => n + g.rules.filter(pick).length, 0);
        return sections.length === 0 ? [] : [make('section', { class: `wz-scope wz-scope-${key}` }, make('h3', {}, `${title} (${count})`), make('p', { class: 'wz-scope-note' }, note), ...sections)];
      };
      const groups = [
        ...scope('own', 'From your answers', 'Checks your answers put on the list; each says which answer did.', (r) => r.when !== undefined),
        ...scope('base', 'Every boundary', 'The baseline every Go <-> Rust boundary needs, whatever it holds.', (r) => r.when === undefined),
      ];
      // Moving a focused element out of the document would drop focus to <body>: remember and restore it.
      const active = doc.activeElement instanceof HTMLElement && container.contains(doc.activeElement) ? doc.activeElement : null;
      container.replaceChildren(...groups);
      if (active !== null && active.isConnected && doc.activeElement !== active) active.focus({ preventScroll: true });
    },
    item: (id) => items.get(id),
  };
}
