// Checkbox progress and postmortem notes in localStorage: read defensively, written whole, cleared by Reset.

export type ItemState = 'done' | 'failed';

export interface Saved {
  progress: Record<string, ItemState>;
  /** Postmortem field ID -> text the user typed. */
  postmortem: Record<string, string>;
}

const STORAGE_KEY = 'interlock.wizard.v1';
const RULE_ID = /^IL-[A-Z]{2,4}-\d{3}$/;
const FIELD_ID = /^[a-z][a-z-]{0,31}$/;
/** Far above any real state; a larger value was not written by this page and is ignored. */
const MAX_STORED = 256 * 1024;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: progress lasts as long as the page
  }
}

/** What this browser remembered; anything malformed is dropped rather than trusted. */
export function loadSaved(): Saved {
  const empty: Saved = { progress: {}, postmortem: {} };
  const text = storage()?.getItem(STORAGE_KEY);
  if (text === null || text === undefined || text.length > MAX_STORED) return empty;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return empty;
    const { progress, postmortem } = parsed as Record<string, unknown>;
    const out: Saved = { progress: {}, postmortem: {} };
    if (typeof progress === 'object' && progress !== null) {
      for (const [id, state] of Object.entries(progress)) {
        if (RULE_ID.test(id) && (state === 'done' || state === 'failed')) out.progress[id] = state;
      }
    }
    if (typeof postmortem === 'object' && postmortem !== null) {
      for (const [id, value] of Object.entries(postmortem)) {
        if (FIELD_ID.test(id) && typeof value === 'string' && value.length <= 4000) out.postmortem[id] = value;
      }
    }
    return out;
  } catch {
    return empty;
  }
}

export function save(saved: Saved): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // quota or privacy mode: the page keeps working, it just forgets on reload
  }
}

export function clearSaved(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}
