// Every broken variant of every pattern is a fault a team could meet in production: a postmortem for it must
// name that pattern under the right fault class. The table is written by hand from each variant's
// `explains:` text (the independent oracle); a new broken variant fails the test until it is classified.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoPlaybook, ROOT } from './repo-playbook.ts';

const EXPECTED: Readonly<Record<string, string>> = {
  'abi-handshake/accept-newer-major': 'abi-mismatch',
  'buffer-pool/double-put': 'double-free',
  'callbacks-foreign-thread/handle-deleted-early': 'use-after-free',
  'callbacks-foreign-thread/race-in-callback': 'data-race',
  'cancellation/early-return': 'use-after-free',
  'error-translation/thread-local-last-error': 'stale-last-error',
  'go-buffer-borrow/retained-loan': 'unpinned-go-pointer',
  'go-buffer-borrow/go-pointer-in-c-memory': 'unpinned-go-pointer',
  'guarded-teardown/unguarded-close': 'use-after-free',
  'opaque-handle/use-after-free': 'use-after-free',
  'opaque-handle/double-free': 'double-free',
  'opaque-handle/leak': 'handle-leak',
  'panic-containment/panic-escapes-extern-c': 'abort-on-unwind',
  'panic-containment/go-panic-through-rust': 'go-panic-through-rust',
  'repr-c-layout/widened-field': 'layout-mismatch',
  'repr-c-layout/mirror-reordered': 'layout-mismatch',
  'rust-owned-buffer/freed-with-c-free': 'mismatched-free',
  'rust-owned-buffer/wrong-length': 'mismatched-free',
  // A Close racing an in-flight call on a shared handle is a data race and, when it wins, a use-after-free.
  'shared-handle/no-lock': 'data-race',
  'strings/missing-nul': 'corrupted-input',
  'strings/length-in-characters': 'corrupted-input',
};

function brokenVariants(): string[] {
  const dir = join(ROOT, 'playbooks', 'patterns');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .flatMap((e) => {
      const pattern = parse(readFileSync(join(dir, e.name, 'pattern.yaml'), 'utf8')) as { broken?: Array<{ id: string }> };
      return (pattern.broken ?? []).map((b) => `${e.name}/${b.id}`);
    })
    .sort();
}

test('every broken variant is classified, and its fault class names its pattern', () => {
  assert.deepEqual(brokenVariants(), Object.keys(EXPECTED).sort());
  const classes = new Map(repoPlaybook().faultClasses.map((c) => [c.id, c]));
  for (const [variant, classId] of Object.entries(EXPECTED)) {
    const fc = classes.get(classId);
    assert.ok(fc !== undefined, `${variant}: fault class ${classId} exists`);
    assert.ok(fc.patterns.includes(variant.split('/')[0]!), `${variant}: ${classId} names pattern ${variant.split('/')[0]}`);
  }
});

test('a use-after-free by a Close racing an in-flight call leads to IL-THR-001 and the shared-handle pattern', () => {
  const uaf = repoPlaybook().faultClasses.find((c) => c.id === 'use-after-free');
  assert.ok(uaf !== undefined);
  assert.ok(uaf.rules.includes('IL-THR-001'));
  assert.ok(uaf.patterns.includes('shared-handle'));
  assert.ok(uaf.patterns.includes('guarded-teardown'));
});
