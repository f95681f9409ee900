// The layering ESLint enforces (eslint.config.js), on small files linted as if they stood at the given paths:
// what each forbidden import is told, and that the imports the layers rely on pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function findings(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}

test('src/lib imports no Node built-in, no Astro and nothing outside src/lib, and uses no process or DOM global', async () => {
  const code = [
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
    "import { defineConfig } from 'astro/config';",
    "import { getCollection } from 'astro:content';",
    "import { writeOutput } from '../../node/write-atomically.ts';",
    "export const home = process.env['HOME'];",
    "export const title = document.title;",
  ].join('\n');
  assert.deepEqual(await findings('src/lib/contract/example.ts', code), [
    "1:1 no-restricted-imports: 'node:fs' import is restricted from being used by a pattern. src/lib runs in browsers too: no Node built-ins",
    "2:1 no-restricted-imports: 'path' import is restricted from being used. src/lib runs in browsers too: no Node built-ins",
    "3:1 no-restricted-imports: 'astro/config' import is restricted from being used by a pattern. src/lib is shared by the CLI and the site: no Astro",
    "4:1 no-restricted-imports: 'astro:content' import is restricted from being used by a pattern. src/lib is shared by the CLI and the site: no Astro",
    '5:29 interlock/layering: import of src/node/write-atomically.ts: src/lib is the pure core: it imports only from src/lib',
    "6:21 no-restricted-globals: Unexpected use of 'process'. src/lib is pure: Node globals belong in src/node or src/cli",
    "7:22 no-restricted-globals: Unexpected use of 'document'. src/lib is pure: the DOM belongs in src/wizard or a component",
  ]);
});

test('no src file loads scripts/ or test/, and a page folder keeps its _helper to itself', async () => {
  assert.deepEqual(await findings('src/node/bundle/example.ts', "export { discoverPatterns } from '../../../scripts/patterns/discover.ts';\nexport const cases = import('../../../test/fixtures/code/probe-cases.ts');"), [
    '1:34 interlock/layering: import of scripts/patterns/discover.ts: no src file imports scripts/ or test/ (move what both need into src)',
    '2:29 interlock/layering: import of test/fixtures/code/probe-cases.ts: no src file imports scripts/ or test/ (move what both need into src)',
  ]);
  assert.deepEqual(await findings('src/site/example.ts', "import { playbook } from '../pages/rules/_catalogue.ts';\nexport { playbook };"), [
    '1:26 interlock/layering: import of src/pages/rules/_catalogue.ts: src/pages/rules/_catalogue.ts is private to its page folder',
  ]);
});

test('the imports the layers rely on pass', async () => {
  assert.deepEqual(await findings('src/lib/contract/example.ts', "import { parse } from './parse.ts';\nimport { z } from 'zod';\nexport const size = (options: { window: { size: number } }) => options.window.size + parse.length + z.length;"), []);
  assert.deepEqual(await findings('src/node/example.ts', "import { readFileSync } from 'node:fs';\nimport { checkContract } from '../lib/contract/check.ts';\nexport const x = [readFileSync, checkContract, process.cwd()];"), []);
  assert.deepEqual(await findings('src/pages/rules/example.ts', "import { playbook } from './_catalogue.ts';\nexport { playbook };"), []);
  assert.deepEqual(await findings('scripts/example.ts', "import { discoverPatterns } from './patterns/discover.ts';\nimport { main } from '../src/cli/main.ts';\nexport { discoverPatterns, main };"), []);
});
