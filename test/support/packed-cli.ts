// Builds the interlock-cli package and packs it with `npm pack`, as a release would: tests install the
// tarball where a team would (a project outside this repository, a CI runner's temp folder).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Where the integration stage's global setup (test/integration/setup.ts) leaves the one tarball it packed. */
export const TARBALL_VARIABLE = 'INTERLOCK_TEST_CLI_TARBALL';

/** Builds packages/cli and packs it into `dir`; returns the tarball's path. */
export function packCli(dir: string): string {
  execFileSync(process.execPath, [join(REPO, 'scripts', 'build-cli.ts')], { cwd: REPO, stdio: 'ignore' });
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, './packages/cli'], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop()!;
  return join(dir, name);
}

/**
 * The tarball the global setup packed, or, for a test file run by itself, one packed into `dir` now. Test
 * files running at once must not each build packages/cli: one build deletes what another is packing.
 */
export function packedCli(dir: string): string {
  return process.env[TARBALL_VARIABLE] ?? packCli(dir);
}
