// Builds each Rust variant of a pattern into the cache and returns where its static library is.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, type RunResult } from './run-detector.ts';

export interface BuiltLib {
  key: string; // "default" or the cargo feature
  targetDir: string; // cargo --target-dir (also used by cargo-test)
  libDir?: string; // set when the build succeeded
  result: RunResult;
}

/** The static library name the Go preamble links with `-linterlock_<id_snake>`. */
function libName(id: string): string {
  return `libinterlock_${id.replaceAll('-', '_')}.a`;
}

/**
 * cargo build --release into <cache>/<id>/<key>/target, then copy the .a into a directory named
 * after its content hash. Go does not hash libraries named with -l, so a fixed path could let a
 * cached test binary outlive a changed library; a new path for new content cannot. Unchanged
 * libraries keep their path, so warm runs reuse Go's cache.
 */
export async function buildRust(
  cache: string,
  id: string,
  manifest: string,
  feature: string | undefined,
): Promise<BuiltLib> {
  const key = feature ?? 'default';
  const base = join(cache, id, key);
  const targetDir = join(base, 'target');
  mkdirSync(base, { recursive: true });
  const args = ['build', '--release', '--manifest-path', manifest, '--target-dir', targetDir];
  if (feature) args.push('--features', feature);
  const result = await run('cargo', args, { cwd: base, env: { CARGO_TERM_COLOR: 'never' }, timeoutMs: 600_000 });
  const built: BuiltLib = { key, targetDir, result };
  if (result.code !== 0) return built;
  const lib = join(targetDir, 'release', libName(id));
  if (!existsSync(lib)) {
    result.code = 1;
    result.output += `\n${lib} was not produced: Cargo.toml must name the package "interlock_${id.replaceAll('-', '_')}" with crate-type ["staticlib"]\n`;
    return built;
  }
  const hash = createHash('sha256').update(readFileSync(lib)).digest('hex').slice(0, 16);
  const libDir = join(base, `lib-${hash}`);
  if (!existsSync(join(libDir, libName(id)))) {
    mkdirSync(libDir, { recursive: true });
    copyFileSync(lib, join(libDir, libName(id)));
  }
  // Older copies of this variant's library are dead weight.
  for (const d of readdirSync(base)) {
    if (d.startsWith('lib-') && join(base, d) !== libDir) rmSync(join(base, d), { recursive: true, force: true });
  }
  built.libDir = libDir;
  return built;
}
