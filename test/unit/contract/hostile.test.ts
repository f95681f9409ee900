// The hostile corpus (test/fixtures/hostile/): every case goes through the CLI (main(), in-process) and must be
// refused with exit 2 and the pinned diagnostic, without writing anything anywhere. How quickly is a figure
// `npm run bench -- hostile` prints (scripts/bench/hostile-bench.ts), not an assertion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '../cli/run-main.ts';

const DIR = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));

interface Expected { why: string; code: string; line: number; column: number; message: string }
interface Generated { prefix?: string; repeat: string; count: number; suffix?: string }

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();

function snapshot(dir: string): string {
  return readdirSync(dir).sort().map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`).join('\n');
}

test('the corpus has at least 30 cases, each with an input and an expected diagnostic', () => {
  assert.ok(names.length >= 30, `${names.length} cases`);
  const inputs = readdirSync(DIR).filter((f) => !f.endsWith('.expected.json')).map((f) => f.replace(/\.(yaml|generate\.json)$/, '')).sort();
  assert.deepEqual(inputs, names, 'every input has an expected file and every expected file an input');
});

const before = snapshot(DIR);

for (const name of names) {
  test(`hostile: ${name}`, async () => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const cwd = mkdtempSync(join(tmpdir(), 'interlock-hostile-'));
    try {
      let file: string;
      let input: string | Uint8Array = '';
      try {
        const gen = JSON.parse(readFileSync(join(DIR, `${name}.generate.json`), 'utf8')) as Generated;
        file = '-';
        input = (gen.prefix ?? '') + gen.repeat.repeat(gen.count) + (gen.suffix ?? '');
      } catch {
        file = join(DIR, `${name}.yaml`);
      }
      const r = await runMain(['check', file], { cwd, input });
      assert.equal(r.status, 2, `${name} (${expected.why}): exit code`);
      assert.equal(r.stderr, '', 'nothing on stderr: the refusal is a diagnostic, not a crash');
      const first = r.stdout.split('\n')[0];
      assert.equal(first, `${file}:${expected.line}:${expected.column}: error ${expected.code}: ${expected.message}`);
      assert.match(r.stdout, /\n1 contract checked: \d+ errors? \(1 contract unusable\)\n$/);
      assert.ok(r.stdout.length < 40_000, 'output stays bounded');
      assert.deepEqual(readdirSync(cwd), [], 'nothing written in the working directory');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
}

test('the corpus itself is untouched after the run', () => {
  assert.equal(snapshot(DIR), before);
});
