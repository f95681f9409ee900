// A diagnostic's file name or message cannot forge an extra line of output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeForTerminal } from '../../../src/lib/diagnostics/format-text.ts';

test('line breaks and tabs in untrusted text become a visible mark', () => {
  assert.equal(sanitizeForTerminal('evil.yaml\nok.yaml:1:1: error fake'), 'evil.yaml\uFFFDok.yaml:1:1: error fake');
  assert.equal(sanitizeForTerminal('a\tb\r'), 'a\uFFFDb\uFFFD');
  assert.equal(sanitizeForTerminal('plain text stays'), 'plain text stays');
});
