// What a reader does inside the checklist: tick or mark a check failed (kept in localStorage), copy a verify
// command, open a pattern example.
import { copyText } from './download.ts';
import { openExample } from './examples.ts';
import type { Notice } from './notice.ts';
import { save, type ItemState, type Saved } from './progress.ts';
import { showState, type Renderer } from './render-checklist.ts';

export function wireItemEvents(doc: Document, itemsEl: HTMLElement, renderer: Renderer, saved: Saved, notice: Notice, onProgress: () => void): void {
  itemsEl.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.wz-copy') : null;
    if (button === null) return;
    void copyText(doc, button.dataset['copy'] ?? '').then((ok) => notice.say(ok ? 'Commands copied.' : 'The browser did not allow copying: select the commands instead.', ok ? 'info' : 'error'));
  });
  itemsEl.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.dataset['rule'] === undefined) return;
    const id = target.dataset['rule'];
    const next: ItemState | undefined = target.checked ? (target.dataset['control'] === 'failed' ? 'failed' : 'done') : undefined;
    if (next === undefined) delete saved.progress[id];
    else saved.progress[id] = next;
    save(saved);
    const item = renderer.item(id);
    if (item !== undefined) showState(item, saved.progress[id]);
    onProgress();
  });
  // <details> toggle does not bubble: listen in the capture phase for every example in the list.
  itemsEl.addEventListener(
    'toggle',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLDetailsElement && target.open && target.classList.contains('wz-example')) void openExample(target);
    },
    true,
  );
}
