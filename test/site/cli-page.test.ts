// The CLI reference page shows, for every command, the help the installed command prints: the page is built
// from the same declarations, and this compares it with what `interlock <command> --help` writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist.ts';
import { renderedCodeBlocks } from '../support/code-blocks.ts';
import { runMain } from '../unit/cli/run-main.ts';
import { fileURLToPath } from 'node:url';

const COMMANDS = fileURLToPath(new URL('../../src/cli/commands/', import.meta.url));
const HOST = 'https://handbook.example.test';

test('the CLI page shows every command\'s --help as the command prints it, its handbook links as site paths', async () => {
  const html = readFileSync(join(DIST, 'cli/index.html'), 'utf8');
  const shown = renderedCodeBlocks(html).map((block) => block.code);
  const names = readdirSync(COMMANDS).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  assert.ok(names.length >= 8, `only ${names.length} command files`);
  for (const name of names) {
    const printed = await runMain([name, '--help'], { siteUrl: HOST });
    assert.equal(printed.status, 0, name);
    const expected = printed.stdout.replaceAll(HOST, '').trimEnd();
    assert.ok(shown.includes(expected), `the page has no block equal to interlock ${name} --help`);
  }
  assert.doesNotMatch(html, /&lt;doc:/, 'a help link token reached the page unfilled');
});
