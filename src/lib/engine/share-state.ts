// The review state in a share link: ticks, failed marks and the postmortem fields, so a colleague who opens
// the link sees the same postmortem. It rides after the answers as `&s=<base64url of UTF-8 JSON>`; decoding
// validates every key and value and returns an error value, never throws.
import { PROSE_LIMITS } from './postmortem.ts';

interface ShareState {
  progress: Record<string, 'done' | 'failed'>;
  postmortem: Record<string, string>;
}

/**
 * Longest state part written into a link. Browsers keep far longer addresses, but chat tools, issue trackers
 * and mail clients cut or refuse links long before: 16,000 characters is where this page stops and says so.
 */
export const MAX_STATE_LENGTH = 16000;
const RULE_ID = /^IL-[A-Z]{2,4}-\d{3}$/;
const FIELD_ID = /^[a-z][a-z-]{0,31}$/;
const MAX_FIELD = Math.max(...Object.values(PROSE_LIMITS));
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [n >> 18, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((k) => ALPHABET[k]!);
    out += chars.slice(0, Math.min(4, bytes.length - i + 1)).join('');
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    const n = [...chunk.padEnd(4, 'A')].reduce((acc, ch) => (acc << 6) | ALPHABET.indexOf(ch), 0);
    out.push((n >> 16) & 255, (n >> 8) & 255, n & 255);
    out.length -= 4 - chunk.length;
  }
  return new Uint8Array(out);
}

/** The state part, or undefined when there is nothing to carry. Keys are sorted so equal states give equal links. */
export function encodeShareState(state: ShareState): string | undefined {
  const progress = Object.fromEntries(Object.entries(state.progress).sort(([a], [b]) => (a < b ? -1 : 1)));
  const postmortem = Object.fromEntries(Object.entries(state.postmortem).filter(([, v]) => v.trim() !== '').sort(([a], [b]) => (a < b ? -1 : 1)));
  if (Object.keys(progress).length === 0 && Object.keys(postmortem).length === 0) return undefined;
  return toBase64Url(new TextEncoder().encode(JSON.stringify({ progress, postmortem })));
}

/** Splits `answers&s=state` (with or without #); the answers part goes to decodeFragment. */
export function splitShareFragment(fragment: string): { answers: string; state?: string } {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const at = text.lastIndexOf('&s=');
  return at < 0 ? { answers: text } : { answers: text.slice(0, at), state: text.slice(at + 3) };
}

export function decodeShareState(text: string): { ok: true; state: ShareState } | { ok: false; message: string } {
  const bad = (message: string) => ({ ok: false as const, message });
  if (text.length > MAX_STATE_LENGTH) return bad(`its review state is longer than ${MAX_STATE_LENGTH} characters`);
  const bytes = fromBase64Url(text);
  if (bytes === undefined) return bad('its review state is not base64url');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return bad('its review state is not readable');
  }
  if (typeof data !== 'object' || data === null) return bad('its review state is not readable');
  const { progress, postmortem } = data as Record<string, unknown>;
  const state: ShareState = { progress: {}, postmortem: {} };
  for (const [id, mark] of Object.entries(typeof progress === 'object' && progress !== null ? progress : {})) {
    if (!RULE_ID.test(id) || (mark !== 'done' && mark !== 'failed')) return bad(`its review state marks "${id.slice(0, 20)}" in a way this page does not know`);
    state.progress[id] = mark;
  }
  for (const [id, value] of Object.entries(typeof postmortem === 'object' && postmortem !== null ? postmortem : {})) {
    if (!FIELD_ID.test(id) || typeof value !== 'string' || value.length > MAX_FIELD) return bad(`its postmortem field "${id.slice(0, 20)}" is not one this page accepts`);
    state.postmortem[id] = value;
  }
  return { ok: true, state };
}
