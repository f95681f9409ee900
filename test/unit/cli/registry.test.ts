// The command list in src/cli/registry.ts is the folder src/cli/commands/: a new command file that is not
// listed (or a listed one that is gone) fails here, not in a user's hands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandNames, loadAllCommands } from '../../../src/cli/registry.ts';

const DIR = fileURLToPath(new URL('../../../src/cli/commands/', import.meta.url));

test('every command file is registered, and nothing else', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual(commandNames(), files);
});

test('each registered command loads and is named as its file', async () => {
  assert.deepEqual((await loadAllCommands()).map((c) => c.name), commandNames());
});
