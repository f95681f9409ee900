// A diagnostic's file name or message cannot forge an extra line of output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeForTerminal } from '../../../src/lib/diagnostics/format-text.ts';

test('line breaks and tabs in untrusted text become a visible escape', () => {
  assert.equal(sanitizeForTerminal('evil.yaml\nok.yaml:1:1: error fake'), 'evil.yaml\\x0aok.yaml:1:1: error fake');
  assert.equal(sanitizeForTerminal('a\tb\r'), 'a\\x09b\\x0d');
  assert.equal(sanitizeForTerminal('plain text stays'), 'plain text stays');
});
