// Where Interlock's own files are: the repository in a clone, the package folder once installed from npm.
// Found once by walking up from this module to the folder that holds playbooks/facts.yaml, so the answer is
// the same from the TypeScript sources and from the bundled CLI (where every module is one file in dist/).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/** The folder holding package.json and playbooks/, as an absolute path without a trailing separator. */
export function interlockRoot(): string {
  if (found !== undefined) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'playbooks', 'facts.yaml')) && existsSync(join(dir, 'package.json'))) return (found = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no playbooks/facts.yaml above ${fileURLToPath(import.meta.url)}: the installation is incomplete`);
    dir = parent;
  }
}
