// Builds the interlock-cli package and packs it with `npm pack`, as a release would: tests install the
// tarball where a team would (a project outside this repository, a CI runner's temp folder).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Builds packages/cli and packs it into `dir`; returns the tarball's path. */
export function packCli(dir: string): string {
  execFileSync(process.execPath, [join(REPO, 'scripts', 'build-cli.ts')], { cwd: REPO, stdio: 'ignore' });
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, './packages/cli'], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop()!;
  return join(dir, name);
}
