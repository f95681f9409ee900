// The integration stage's global setup: packs the CLI once, before any test file starts, for every file that
// installs it (the CI action's steps, the packed CLI under two Node versions).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packCli, TARBALL_VARIABLE } from '../support/packed-cli.ts';

let dir: string | undefined;

export function globalSetup(): void {
  dir = mkdtempSync(join(tmpdir(), 'interlock-packed-cli-'));
  // The test files start as child processes of this one, with its environment.
  process.env[TARBALL_VARIABLE] = packCli(dir);
}

export function globalTeardown(): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}
