// The review state in share links: a round trip keeps marks and postmortem text (any Unicode), equal states give
// equal links, and crafted or oversized parts are refused with a message, never thrown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeShareState, encodeShareState, MAX_STATE_LENGTH, splitShareFragment } from '../../../src/lib/engine/share-state.ts';

test('marks and postmortem fields survive the link, in any script, and empty fields are left out', () => {
  const state = { progress: { 'IL-THR-001': 'failed' as const, 'IL-HDL-001': 'done' as const }, postmortem: { incident: 'INC-7', summary: 'Close raced a decode — 画像 — on a shared handle.\nSecond line.', impact: '  ' } };
  const text = encodeShareState(state);
  assert.ok(text !== undefined && /^[A-Za-z0-9_-]+$/.test(text), text);
  assert.deepEqual(decodeShareState(text), { ok: true, state: { progress: state.progress, postmortem: { incident: 'INC-7', summary: state.postmortem.summary } } });
  assert.equal(encodeShareState({ progress: { 'IL-HDL-001': 'done', 'IL-THR-001': 'failed' }, postmortem: { summary: state.postmortem.summary, incident: 'INC-7' } }), text);
  assert.equal(encodeShareState({ progress: {}, postmortem: { title: ' ' } }), undefined);
});

test('every input length round-trips through the base64url coder', () => {
  for (let n = 0; n < 40; n += 1) {
    const summary = 'é'.repeat(n);
    const text = encodeShareState({ progress: {}, postmortem: { summary: summary === '' ? 'x' : summary } });
    assert.ok(text !== undefined);
    const back = decodeShareState(text);
    assert.ok(back.ok && back.state.postmortem['summary'] === (summary === '' ? 'x' : summary), String(n));
  }
});

test('the state part is split from the answers', () => {
  assert.deepEqual(splitShareFragment('#v=1&handles=yes&s=abc'), { answers: 'v=1&handles=yes', state: 'abc' });
  assert.deepEqual(splitShareFragment('v=1&handles=yes'), { answers: 'v=1&handles=yes' });
});

test('crafted state is refused with a message', () => {
  const enc = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  assert.deepEqual(decodeShareState('a'.repeat(MAX_STATE_LENGTH + 1)), { ok: false, message: `its review state is longer than ${MAX_STATE_LENGTH} characters` });
  assert.deepEqual(decodeShareState('ab%cd'), { ok: false, message: 'its review state is not base64url' });
  assert.deepEqual(decodeShareState(enc('x')), { ok: false, message: 'its review state is not readable' });
  assert.deepEqual(decodeShareState(enc({ progress: { '__proto__x': 'done' } })), { ok: false, message: 'its review state marks "__proto__x" in a way this page does not know' });
  assert.deepEqual(decodeShareState(enc({ progress: { 'IL-HDL-001': 'maybe' } })), { ok: false, message: 'its review state marks "IL-HDL-001" in a way this page does not know' });
  assert.deepEqual(decodeShareState(enc({ postmortem: { summary: 'x'.repeat(2001) } })), { ok: false, message: 'its postmortem field "summary" is not one this page accepts' });
  assert.deepEqual(decodeShareState(enc({ postmortem: { Summary: 'x' } })), { ok: false, message: 'its postmortem field "Summary" is not one this page accepts' });
  // Node's own base64url decoder agrees with the page's, so links made elsewhere read the same.
  const made = encodeShareState({ progress: { 'IL-OWN-001': 'done' }, postmortem: {} })!;
  assert.equal(Buffer.from(made, 'base64url').toString('utf8'), '{"progress":{"IL-OWN-001":"done"},"postmortem":{}}');
});
