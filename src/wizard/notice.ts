// One polite live region for messages (copied, downloaded, a share link that could not be used), with a tone.

type Tone = 'info' | 'error';

export interface Notice {
  say(message: string, tone?: Tone): void;
  clear(): void;
}

export function createNotice(el: HTMLElement): Notice {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(message, tone = 'info') {
      clearTimeout(timer);
      el.classList.toggle('wz-notice-error', tone === 'error');
      // Clearing first makes screen readers announce a repeated message ("Copied") again.
      el.textContent = '';
      requestAnimationFrame(() => {
        el.textContent = message;
      });
      // Errors stay until the next message; confirmations fade after a while.
      if (tone === 'info') timer = setTimeout(() => (el.textContent = ''), 8000);
    },
    clear() {
      clearTimeout(timer);
      el.textContent = '';
      el.classList.remove('wz-notice-error');
    },
  };
}
