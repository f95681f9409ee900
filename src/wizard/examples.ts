// Loads a pattern's example code only when its <details> opens: pre-rendered HTML from /wizard-data/examples/<id>.json.

const PATTERN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const cache = new Map<string, Promise<string>>();

/** The rendered example for one pattern; the same request serves every item that shows it. */
function fetchExample(id: string): Promise<string> {
  let pending = cache.get(id);
  if (pending === undefined) {
    pending = fetch(`/wizard-data/examples/${id}.json`, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { id?: unknown; html?: unknown };
      if (body.id !== id || typeof body.html !== 'string') throw new Error('unexpected response');
      return body.html;
    });
    // A failed request may succeed later (offline for a moment): do not keep the failure.
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/** Fills an opened example. The HTML is this site's own build output (Starlight's <Code>), fetched same-origin. */
export async function openExample(details: HTMLDetailsElement): Promise<void> {
  const id = details.dataset['pattern'] ?? '';
  const body = details.querySelector<HTMLElement>('.wz-example-body');
  if (body === null || !PATTERN_ID.test(id) || details.dataset['loaded'] === 'true') return;
  body.setAttribute('aria-busy', 'true');
  body.textContent = 'Loading the example…';
  try {
    const html = await fetchExample(id);
    body.innerHTML = html;
    details.dataset['loaded'] = 'true';
  } catch {
    body.textContent = 'The example could not be loaded. Check the connection and open it again, or read it on the pattern page linked above.';
  } finally {
    body.removeAttribute('aria-busy');
  }
}
