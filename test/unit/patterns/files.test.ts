// Every pattern's references resolve: facts, shown files, broken files, transcripts, crate and module names.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFacts } from '../../../src/lib/engine/facts-schema.ts';
import { parsePattern } from '../../../src/lib/patterns/load.ts';
import type { Pattern } from '../../../src/lib/patterns/schema.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const patternsDir = join(repo, 'playbooks', 'patterns');
const facts = new Set(parseFacts(readFileSync(join(repo, 'playbooks', 'facts.yaml')), 'playbooks/facts.yaml').facts?.keys());

const patterns: Array<{ id: string; dir: string; p: Pattern }> = [];
for (const id of readdirSync(patternsDir).sort()) {
  const file = join(patternsDir, id, 'pattern.yaml');
  if (id.startsWith('_') || !existsSync(file)) continue;
  const r = parsePattern(readFileSync(file, 'utf8'), file);
  if (r.ok) patterns.push({ id, dir: join(patternsDir, id), p: r.pattern }); // invalid ones fail in schema.test.ts
}

function goFiles(dir: string): string[] {
  const goDir = join(dir, 'go');
  return existsSync(goDir) ? readdirSync(goDir).filter((f) => f.endsWith('.go')).map((f) => readFileSync(join(goDir, f), 'utf8')) : [];
}

describe('pattern references', () => {
  it('has facts to check against', () => {
    assert.ok(facts.has('handle.opaque'));
  });

  for (const { id, dir, p } of patterns) {
    describe(id, () => {
      it('names only facts from playbooks/facts.yaml', () => {
        assert.deepEqual(p.facts.filter((f) => !facts.has(f)), []);
      });

      it('lists files that exist', () => {
        const all = [...p.files.map((f) => f.path), ...p.broken.flatMap((b) => b.files)];
        assert.deepEqual(all.filter((f) => !existsSync(join(dir, f))), []);
      });

      it('has focus ranges inside their files', () => {
        for (const f of p.files) {
          if (!f.focus) continue;
          const lines = readFileSync(join(dir, f.path), 'utf8').split('\n').length;
          for (const r of f.focus.split(',')) {
            const end = Number(r.trim().split('-').at(-1));
            assert.ok(end <= lines, `${f.path}: focus ${r} is past its ${lines} lines`);
          }
        }
      });

      it('has a committed transcript for each broken variant that matches its expect', () => {
        for (const b of p.broken) {
          const file = join(dir, 'broken', `${b.id}.out.txt`);
          assert.ok(existsSync(file), `missing ${file}: run scripts/audit-patterns.ts --pattern ${id} --record`);
          assert.match(readFileSync(file, 'utf8'), new RegExp(b.expect, 'm'), `${file} does not match expect`);
        }
      });

      it('names its crate and Go module as the spec says', () => {
        const cargo = readFileSync(join(dir, 'rust', 'Cargo.toml'), 'utf8');
        assert.match(cargo, new RegExp(`^name = "interlock_${id.replaceAll('-', '_')}"$`, 'm'));
        assert.match(cargo, /^edition = "2024"$/m);
        const mod = readFileSync(join(dir, 'go', 'go.mod'), 'utf8');
        assert.match(mod, new RegExp(`^module interlock\\.example/patterns/${id}$`, 'm'));
        assert.ok(goFiles(dir).some((g) => g.includes(`-linterlock_${id.replaceAll('-', '_')} `)), 'no Go file links the crate');
      });

      it('declares every cargo feature and Go build tag its broken variants use', () => {
        const cargo = readFileSync(join(dir, 'rust', 'Cargo.toml'), 'utf8');
        const builds = goFiles(dir).flatMap((g) => g.split('\n').filter((l) => l.startsWith('//go:build ')));
        for (const b of p.broken) {
          const feature = b['rust-feature'];
          if (feature) assert.match(cargo, new RegExp(`^${feature} = \\[`, 'm'), `Cargo.toml has no feature ${feature}`);
          for (const tag of (b['go-tags'] ?? '').split(',').filter(Boolean)) {
            assert.ok(
              builds.some((l) => new RegExp(`(^|[^!\\w])${tag}\\b`).test(l.slice('//go:build'.length))),
              `no //go:build line selects ${tag}`,
            );
          }
        }
      });
    });
  }
});
