// What the suite needs from the machine is listed once (.ci/machine.tsv, which .ci/run installs from), and
// the README's prerequisites table says the same, tool for tool and package for package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../../', import.meta.url);
const rows = readFileSync(new URL('.ci/machine.tsv', ROOT), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t'));
const readme = readFileSync(new URL('README.md', ROOT), 'utf8');

test('every requirement row has a command, a package or "-", a minimum or "-", and a reason', () => {
  assert.ok(rows.length >= 6);
  for (const row of rows) {
    assert.equal(row.length, 4, row.join(' | '));
    assert.match(row[0]!, /^[a-z][\w-]*$/);
    assert.match(row[1]!, /^(-|[a-z0-9][a-z0-9.+-]*)$/);
    assert.match(row[2]!, /^(-|\d+(\.\d+)*)$/);
    assert.ok(row[3]!.length > 10);
  }
});

for (const [command, pkg, minimum] of rows) {
  test(`the README lists ${command} as .ci/machine.tsv does`, () => {
    const line = readme.split('\n').find((l) => l.startsWith(`| \`${command}\``));
    assert.ok(line !== undefined, `no README prerequisites row for ${command}`);
    if (pkg !== '-') assert.ok(line.includes(`| \`${pkg}\` |`), line);
    if (minimum !== '-') assert.ok(line.includes(`${minimum} or newer`), line);
  });
}

test('.ci/run installs from that list and runs exactly the README test command', () => {
  const run = readFileSync(new URL('.ci/run', ROOT), 'utf8');
  assert.match(run, /done < \.ci\/machine\.tsv/);
  assert.match(run, /\nnpm ci /);
  assert.match(run, /\nnpm test\n$/);
  assert.match(readme, /\nnpm test {2,}#/);
});
