// Every file an npm script runs is committed: last time `npm start` named scripts/serve.ts, which never was,
// and nothing noticed until a new user typed the README's first command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../../', import.meta.url);
const scripts = (JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { scripts: Record<string, string> }).scripts;
const tracked = new Set(execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0'));

/** The repository files a script's command line names: arguments with a path and a script or config ending. */
function filesNamed(command: string): string[] {
  return [...command.matchAll(/(?:^|\s)((?:\.\/)?[\w.-]+(?:\/[\w.-]+)+\.(?:ts|mts|mjs|js|cjs|sh))(?=\s|$)/g)].map((m) => m[1]!.replace(/^\.\//, ''));
}

test('the file finder sees script paths and only those', () => {
  assert.deepEqual(filesNamed('node scripts/serve.ts --port 1 && node bin/interlock.js'), ['scripts/serve.ts', 'bin/interlock.js']);
  assert.deepEqual(filesNamed('playwright test -c test/e2e'), []);
  assert.deepEqual(filesNamed('node --test "test/unit/**/*.test.ts"'), []);
});

for (const [name, command] of Object.entries(scripts)) {
  test(`npm run ${name}: every file it names is committed`, () => {
    for (const file of filesNamed(command)) assert.ok(tracked.has(file), `"${name}" runs ${file}, which git does not track`);
  });
}

test('npm start builds and then serves through the serve script', () => {
  assert.equal(scripts.start, 'npm run build && npm run serve');
  assert.deepEqual(filesNamed(scripts.serve!), ['scripts/serve.ts']);
});
