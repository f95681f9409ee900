// Stands in for @pagefind/default-ui so its ~90 KB script loads when a reader opens search, not on every
// page at idle time: Starlight constructs PagefindUI early; this class waits for the dialog to open.
import type { PagefindUIOptions } from './pagefind-ui-options.ts';

const loadRealUI = () =>
  // @ts-expect-error: the package ships no type declarations.
  import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs') as Promise<{ PagefindUI: new (options: PagefindUIOptions) => unknown }>;

export class PagefindUI {
  constructor(options: PagefindUIOptions) {
    const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
    const openButton = document.querySelector('button[data-open-modal]');
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void loadRealUI().then(({ PagefindUI: RealUI }) => {
        new RealUI(options);
        // Starlight focuses the input on open, but it did not exist yet: focus it now if search is open.
        if (dialog?.open) dialog.querySelector('input')?.focus();
      });
    };
    if (!dialog || dialog.open) {
      start();
      return;
    }
    // Pointing at or focusing the button is intent enough to start fetching; opening the dialog requires it.
    openButton?.addEventListener('pointerenter', start, { once: true });
    openButton?.addEventListener('focus', start, { once: true });
    new MutationObserver((_, observer) => {
      if (!dialog.open) return;
      observer.disconnect();
      start();
    }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}
