// Checks that go, cargo and a C compiler are on PATH before anything is built.
import { spawnSync } from 'node:child_process';

interface Toolchain {
  go: string;
  cargo: string;
  cc: string;
}

const HINTS: Record<string, string> = {
  go: 'install Go 1.26 or newer from https://go.dev/dl/ and put its bin directory on PATH',
  cargo: 'install Rust (stable, 1.85 or newer for edition 2024) with rustup: https://rustup.rs',
  cc: 'cgo needs a C compiler: install gcc or clang (Debian/Ubuntu: apt-get install gcc), or set CC',
};

function version(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  return (r.stdout || r.stderr).trim().split('\n')[0];
}

/** Returns the tool versions, or throws one message listing everything that is missing. */
export function checkToolchain(): Toolchain {
  const missing: string[] = [];
  const go = version('go', ['version']);
  if (!go) missing.push(`go not found: ${HINTS['go']}`);
  const cargo = version('cargo', ['--version']);
  if (!cargo) missing.push(`cargo not found: ${HINTS['cargo']}`);
  let cc: string | undefined;
  if (go) {
    const ccName = (spawnSync('go', ['env', 'CC'], { encoding: 'utf8' }).stdout ?? '').trim() || 'gcc';
    cc = version(ccName.split(/\s+/)[0] ?? 'gcc', ['--version']);
    if (!cc) missing.push(`C compiler "${ccName}" not found: ${HINTS['cc']}`);
  }
  if (missing.length > 0 || !go || !cargo || !cc) {
    throw new Error(`the pattern audit needs Go, Rust and a C compiler:\n  - ${missing.join('\n  - ')}`);
  }
  return { go, cargo, cc };
}
