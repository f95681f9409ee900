// The tool's version, from package.json, so `interlock --version` and SARIF output never drift from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interlockRoot } from '../node/interlock-root.ts';

let cached: string | undefined;

export function toolVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(join(interlockRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  }
  return cached;
}
