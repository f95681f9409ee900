// Every pattern's hand-written C header matches its Rust exports and its Go calls (the drift reader, as `cbindgen --verify` would).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { sourceDrift } from '../../../src/lib/code/drift.ts';
import { GOOD_VARIANT, type Variant } from '../../../src/lib/code/conditions.ts';
import { parsePattern } from '../../../src/lib/patterns/load.ts';
import { scanSources } from '../../../src/node/code/scan.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const patternsDir = join(repo, 'playbooks', 'patterns');

/** Findings for one build of a pattern, as "code file: message" with repo-relative names. */
async function findings(dir: string, variant: Variant): Promise<string[]> {
  const go = join(dir, 'go');
  const header = readdirSync(go).filter((f) => f.endsWith('.h'));
  assert.equal(header.length, 1, `${basename(dir)}: one header in go/`);
  const s = await scanSources({ header: join(go, header[0]!), rust: join(dir, 'rust'), go }, variant);
  const lib = readFileSync(join(dir, 'rust', 'src', 'lib.rs'), 'utf8');
  // The reader does not follow #[path = ".../_shared/rust/x.rs"]; those modules export nothing.
  const shared = (file: string): boolean => lib.includes(`_shared/rust/${basename(file)}"]`);
  return [...s.diagnostics.filter((d) => !(d.code === 'code-unreadable' && shared(d.file))), ...sourceDrift(s.boundary)]
    .map((d) => `${d.code} ${d.file.slice(dir.length + 1)}: ${d.message.replaceAll(dir + '/', '')}`);
}

describe('pattern headers agree with the Rust exports and the Go calls', () => {
  for (const id of readdirSync(patternsDir).sort()) {
    const file = join(patternsDir, id, 'pattern.yaml');
    if (id.startsWith('_') || !existsSync(file)) continue;
    const r = parsePattern(readFileSync(file, 'utf8'), file);
    if (!r.ok) continue; // schema.test.ts reports it
    const dir = join(patternsDir, id);
    it(id, async () => {
      const correct = await findings(dir, GOOD_VARIANT);
      // A declaration only a broken variant's feature exports is fine: the header serves both builds.
      const broken = await Promise.all(
        r.pattern.broken.map((b) => findings(dir, { rustFeatures: b['rust-feature'] ? [b['rust-feature']] : [], goTags: [] })),
      );
      const unexplained = correct.filter((f) => !(f.startsWith('drift-not-exported ') && broken.some((b) => !b.includes(f))));
      assert.deepEqual(unexplained, []);
    });
  }
});
