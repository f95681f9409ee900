// scripts/dead-exports.ts on a miniature project (test/fixtures/dead-exports/): every kind of import it must
// follow keeps an export alive, and every kind of finding is reported on the line it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../scripts/dead-exports.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../fixtures/dead-exports/', import.meta.url));

test('the miniature project: exactly these findings, exit 1', () => {
  const r = spawnSync(process.execPath, [SCRIPT, FIXTURE], { encoding: 'utf8' });
  assert.equal(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines.pop()!, /^14 modules read in \d+\.\d s: 7 findings$/);
  assert.deepEqual(lines, [
    'src/components/Card.astro:3: imports src/pages/list/_helper.ts, a helper private to its page folder',
    'src/lib/barrel.ts:2: reexported is exported but no other file imports it',
    'src/lib/ns.ts:3: unread is exported but no other file imports it',
    'src/lib/origin.ts:2: reexported is exported but no other file imports it',
    'src/lib/used.ts:4: onlyHere is exported but no other file imports it (used only in its own file: make it private)',
    'src/lib/used.ts:5: dead is exported but no other file imports it',
    'src/site/consumer.ts:8: imports test/helper.ts (no src file imports scripts/ or test/)',
  ]);
  assert.equal(r.status, 1);
});
