// What each detector ID runs, in the pattern's go/ folder, as one or more commands.
import type { DetectorId } from '../../src/lib/patterns/schema.ts';

export interface Step {
  cmd: string;
  args: string[];
  env: Record<string, string>; // added to the inherited environment
  cwd: string;
}

interface DetectorContext {
  goDir: string; // <pattern>/go
  manifest: string; // <pattern>/rust/Cargo.toml
  targetDir: string; // cargo --target-dir for this variant
  libDir: string; // directory holding the built libinterlock_<id>.a
  goTags: string | undefined; // comma-separated Go build tags
  rustFeature: string | undefined;
}

// -timeout makes a hung test print its goroutines instead of waiting for the harness to kill it.
const GO_TEST = ['test', '-count=1', '-timeout=240s'];

/** The command(s) for one detector; every step must succeed for the detector to pass. */
export function detectorSteps(id: DetectorId, c: DetectorContext): Step[] {
  const tags = c.goTags ? [`-tags=${c.goTags}`] : [];
  const env = { CGO_ENABLED: '1', CGO_LDFLAGS: `-L${c.libDir}` };
  const go = (args: string[], extra: Record<string, string> = {}): Step => ({
    cmd: 'go',
    args: [...args, ...tags, './...'],
    env: { ...env, ...extra },
    cwd: c.goDir,
  });
  switch (id) {
    case 'cargo-test':
      return [
        {
          cmd: 'cargo',
          args: ['test', '--manifest-path', c.manifest, '--target-dir', c.targetDir, ...(c.rustFeature ? ['--features', c.rustFeature] : [])],
          env: { CARGO_TERM_COLOR: 'never' },
          cwd: c.goDir,
        },
      ];
    case 'go-vet':
      return [go(['vet'])];
    case 'race':
      return [go([...GO_TEST, '-race'])];
    case 'asan':
      // go test strips the test binary's symbol table by default; keeping it lets ASan name the
      // Rust and cgo frames in its reports (meter_copy rather than a bare address).
      return [go([...GO_TEST, '-asan', '-ldflags=-s=false -w=false'])];
    case 'cgocheck2':
      return [go(GO_TEST, { GOEXPERIMENT: 'cgocheck2' })];
    case 'pressure':
      // A GC on every allocation, first on one P (maximal interleaving of goroutines on one thread),
      // then on two (real parallelism on this 2-core budget). Tests may loop more when they see
      // INTERLOCK_PRESSURE=1.
      return [
        go(GO_TEST, { GOGC: '1', GOMAXPROCS: '1', INTERLOCK_PRESSURE: '1' }),
        go(GO_TEST, { GOGC: '1', GOMAXPROCS: '2', INTERLOCK_PRESSURE: '1' }),
      ];
    case 'go-test':
    case 'ledger':
    case 'busy-flag':
    case 'layout-test':
    case 'abort-subprocess':
      // Plain go test: the Rust ledger, the busy flag, layout assertions and re-executed
      // subprocess tests are ordinary Go tests; the expected message tells them apart.
      return [go(GO_TEST)];
  }
}

/** How a step is shown to a person and in transcripts: run from the pattern's go/ folder, the
 * library path left out (it is machine-specific; the README shows how to set CGO_LDFLAGS). */
export function showStep(s: Step): string {
  const env = Object.entries(s.env)
    .filter(([k]) => !['CGO_ENABLED', 'CGO_LDFLAGS', 'CARGO_TERM_COLOR'].includes(k))
    .map(([k, v]) => `${k}=${v}`);
  const args: string[] = [];
  for (let i = 0; i < s.args.length; i++) {
    const a = s.args[i] ?? '';
    if (a.startsWith('-timeout=')) continue;
    if (a === '--target-dir') {
      i++; // a cache path: irrelevant to a reader
      continue;
    }
    args.push(a === '--manifest-path' ? a : a.endsWith('/rust/Cargo.toml') ? '../rust/Cargo.toml' : a);
  }
  const quote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", "'\\''")}'`);
  return [...env, s.cmd, ...args].map(quote).join(' ');
}
