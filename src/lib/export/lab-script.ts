// Generates the bundle's lab/lab.sh from fixed templates: build each of Interlock's pattern projects that the
// answers call for and run its correct variant's detectors. It tests Interlock's examples, never the team's code
// (that is audit.sh, team-audit-script.ts), and says so in its header and its verdict.
import { libraryNameProblem } from '../contract/names.ts';
import type { DetectorId } from '../patterns/schema.ts';

interface AuditPattern {
  /** A pattern ID already checked against the pattern library (kebab-case). */
  id: string;
  /** The detectors its correct variant must pass, in pattern.yaml order. */
  detectors: readonly DetectorId[];
}

interface AuditScriptInput {
  /** The project name, already accepted by the name validator; shown in the script's header and output. */
  project: string;
  /** interlock's version, recorded so a reader knows which templates wrote the script. */
  toolVersion: string;
  patterns: readonly AuditPattern[];
}

/** The shape the templates rely on; a value outside it is a caller bug, refused before any text is produced. */
const PATTERN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+([.-][0-9A-Za-z.-]+)?$/;

// The Go side runs in the pattern's go/ folder; the environment cgo needs comes first on every line.
// These mirror scripts/patterns/detectors.ts (a unit test keeps them in step).
const GO_ENV = 'CGO_ENABLED=1 "CGO_LDFLAGS=-L$lib"';
const GO_TEST = 'go test -count=1 -timeout=240s';

/** One shell command line per detector, run with $dir (the pattern), $lib and $target set. */
export const DETECTOR_COMMANDS: Readonly<Record<DetectorId, string>> = {
  'cargo-test': 'env CARGO_TERM_COLOR=never cargo test --manifest-path "$dir/rust/Cargo.toml" --target-dir "$target"',
  'go-vet': `env ${GO_ENV} go vet ./...`,
  'go-test': `env ${GO_ENV} ${GO_TEST} ./...`,
  race: `env ${GO_ENV} ${GO_TEST} -race ./...`,
  asan: `env ${GO_ENV} ${GO_TEST} -asan '-ldflags=-s=false -w=false' ./...`,
  cgocheck2: `env ${GO_ENV} GOEXPERIMENT=cgocheck2 ${GO_TEST} ./...`,
  pressure:
    `env ${GO_ENV} GOGC=1 GOMAXPROCS=1 INTERLOCK_PRESSURE=1 ${GO_TEST} ./... && ` +
    `env ${GO_ENV} GOGC=1 GOMAXPROCS=2 INTERLOCK_PRESSURE=1 ${GO_TEST} ./...`,
  ledger: `env ${GO_ENV} ${GO_TEST} ./...`,
  'busy-flag': `env ${GO_ENV} ${GO_TEST} ./...`,
  'layout-test': `env ${GO_ENV} ${GO_TEST} ./...`,
  'abort-subprocess': `env ${GO_ENV} ${GO_TEST} ./...`,
};

function snake(id: string): string {
  return id.replaceAll('-', '_');
}

function patternFunction(p: AuditPattern): string {
  const lines = [
    `# ${p.id}: build the static library, then ${p.detectors.length} detector(s) on the correct variant.`,
    `pattern_${snake(p.id)}() {`,
    `  dir="$ROOT/patterns/${p.id}"`,
    `  target="$ROOT/.interlock/target/${p.id}"`,
    `  if ! build ${p.id} interlock_${snake(p.id)}; then`,
    `    skip ${p.id} ${p.detectors.length}`,
    '    return',
    '  fi',
    ...p.detectors.map((d) => `  check ${p.id} ${d} '${DETECTOR_COMMANDS[d].replaceAll("'", `'\\''`)}'`),
    '}',
  ];
  return lines.join('\n');
}

/** The complete lab.sh text (POSIX sh). */
export function labScript(input: AuditScriptInput): string {
  if (libraryNameProblem(input.project) !== undefined) throw new Error(`lab script: project name ${JSON.stringify(input.project)} was not validated`);
  if (!VERSION.test(input.toolVersion)) throw new Error(`lab script: tool version ${JSON.stringify(input.toolVersion)} is not a version`);
  for (const p of input.patterns) {
    if (!PATTERN_ID.test(p.id)) throw new Error(`lab script: pattern id ${JSON.stringify(p.id)} was not validated`);
    if (p.detectors.length === 0) throw new Error(`lab script: pattern ${p.id} has no detectors`);
    for (const d of p.detectors) {
      if (!Object.hasOwn(DETECTOR_COMMANDS, d)) throw new Error(`lab script: unknown detector ${JSON.stringify(d)}`);
    }
  }
  if (input.patterns.length === 0) {
    return `${HEAD(input.project, input.toolVersion)}
echo "No pattern project applies to this checklist: lab.sh has nothing to build or run."
exit 0
`;
  }
  const ids = input.patterns.map((p) => p.id);
  const totals = input.patterns.map((p) => `    ${p.id}) echo ${p.detectors.length + 1} ;;`);
  const calls = input.patterns.map((p) => `    ${p.id}) pattern_${snake(p.id)} ;;`);
  const width = Math.max(...ids.map((id) => id.length));
  return `${HEAD(input.project, input.toolVersion)}
PATTERNS="${ids.join(' ')}"
NAME_WIDTH=${width}

# How many checks a pattern adds to the total: its build plus one per detector.
checks_in() {
  case "$1" in
${totals.join('\n')}
  esac
}

${input.patterns.map(patternFunction).join('\n\n')}

run_pattern() {
  case "$1" in
${calls.join('\n')}
  esac
}
${TAIL}`;
}

const HEAD = (project: string, version: string): string => `#!/bin/sh
# lab.sh: the pattern lab. Builds Interlock's example projects in lab/patterns/ (NOT your code: audit.sh tests
# that) and runs the detectors each correct variant must pass, to show what each detector catches.
# Written by interlock ${version} for ${project} from fixed templates. Usage: sh lab.sh [pattern...]
# Needs Go 1.26+, Rust (cargo) 1.85+ and the C compiler cgo uses. Go's build cache is reused, so reruns are fast.
# Every check's full output is kept in lab-logs/<pattern>.<check>.log.
set -u
PROJECT=${project}`;

const TAIL = `
usage() {
  echo "usage: sh lab.sh [pattern...]"
  echo "patterns in this lab: $PATTERNS"
}

die() {
  echo "lab.sh: $1" >&2
  exit 2
}

selected=""
for arg in "$@"; do
  case " $PATTERNS " in
    *" $arg "*) selected="$selected $arg" ;;
    *)
      case "$arg" in
        -h | --help) usage; exit 0 ;;
        *) echo "lab.sh: not a pattern in this lab: $arg" >&2; usage >&2; exit 2 ;;
      esac
      ;;
  esac
done
[ -n "$selected" ] || selected=$PATTERNS

# Refuse to start without the tools, with the fix in the message: a half-run lab proves nothing.
command -v go >/dev/null 2>&1 || die "go is not on PATH: install Go 1.26 or newer from https://go.dev/dl/"
command -v cargo >/dev/null 2>&1 || die "cargo is not on PATH: install Rust 1.85 or newer with rustup (https://rustup.rs)"
go_version=$(go env GOVERSION 2>/dev/null) || die "\\"go env GOVERSION\\" failed: is Go installed correctly?"
go_minor=$(echo "$go_version" | sed -n 's/^go1\\.\\([0-9][0-9]*\\).*/\\1/p')
[ -n "$go_minor" ] || die "cannot read the Go version from \\"$go_version\\""
[ "$go_minor" -ge 26 ] || die "$go_version is too old: the pattern modules need Go 1.26 or newer (https://go.dev/dl/)"
cargo_version=$(cargo --version 2>/dev/null) || die "\\"cargo --version\\" failed: is Rust installed correctly?"
cargo_minor=$(echo "$cargo_version" | sed -n 's/^cargo 1\\.\\([0-9][0-9]*\\).*/\\1/p')
[ -n "$cargo_minor" ] || die "cannot read the cargo version from \\"$cargo_version\\""
[ "$cargo_minor" -ge 85 ] || die "$cargo_version is too old: edition 2024 needs Rust 1.85 or newer (rustup update)"
cc_name=$(go env CC 2>/dev/null)
cc_name=\${cc_name%% *}
command -v "\${cc_name:-gcc}" >/dev/null 2>&1 || die "cgo's C compiler \\"\${cc_name:-gcc}\\" is not on PATH: install gcc or clang, or set CC"

ROOT=$(cd "$(dirname "$0")" && pwd -P) || die "cannot find the lab folder"
# cgo splits CGO_LDFLAGS on white space and passes quotes through, so the path must have neither (nor a backslash).
case "$ROOT" in
  *[[:space:]\\\\\\'\\"]*) die "cgo cannot link from a folder whose path has spaces, quotes or backslashes: move the lab (now in $ROOT)" ;;
esac
LOGS="$ROOT/lab-logs"
mkdir -p "$LOGS" "$ROOT/.interlock" || die "cannot create $LOGS"

total=0
for p in $selected; do total=$((total + $(checks_in "$p"))); done
n=0
passed=0
failed=0
failures=""

# status <word> <started>: ends the progress line of the running check.
status() {
  printf '%-7s %ss\\n' "$1" "$(($(date +%s) - $2))"
}

fail_with() {
  failed=$((failed + 1))
  failures="$failures
  $1  (log: lab-logs/$2)"
  echo "---- last 25 lines of lab-logs/$2 ----"
  tail -n 25 "$LOGS/$2"
  echo "----"
}

# build <pattern> <crate>: cargo build --release, then copy the .a into a folder named after its checksum.
# Go does not hash libraries passed with -l, so a new path for new content keeps a stale link out of its cache.
build() {
  n=$((n + 1))
  started=$(date +%s)
  printf "[%\${#total}d/%d] %-\${NAME_WIDTH}s  %-11s " "$n" "$total" "$1" build
  if ! env CARGO_TERM_COLOR=never cargo build --release --manifest-path "$dir/rust/Cargo.toml" --target-dir "$target" >"$LOGS/$1.build.log" 2>&1; then
    status FAILED "$started"
    fail_with "$1: cargo build --release" "$1.build.log"
    return 1
  fi
  archive="$target/release/lib$2.a"
  if [ ! -f "$archive" ]; then
    echo "$archive was not produced" >>"$LOGS/$1.build.log"
    status FAILED "$started"
    fail_with "$1: cargo build --release (no lib$2.a)" "$1.build.log"
    return 1
  fi
  sum=$(cksum <"$archive" | cut -d ' ' -f 1)
  lib="$ROOT/.interlock/lib/$1-$sum"
  mkdir -p "$lib" && cp "$archive" "$lib/" || die "cannot copy $archive"
  status ok "$started"
  passed=$((passed + 1))
}

# check <pattern> <detector> <command>: runs the command in the pattern's go/ folder; the log keeps its output.
check() {
  n=$((n + 1))
  started=$(date +%s)
  printf "[%\${#total}d/%d] %-\${NAME_WIDTH}s  %-11s " "$n" "$total" "$1" "$2"
  if (cd "$dir/go" && echo "\\$ $3" && eval "$3") >"$LOGS/$1.$2.log" 2>&1; then
    status ok "$started"
    passed=$((passed + 1))
  else
    status FAILED "$started"
    fail_with "$1: $2" "$1.$2.log"
  fi
}

# skip <pattern> <count>: the build failed, so its detectors cannot run; they count as failed.
skip() {
  i=0
  while [ "$i" -lt "$2" ]; do
    n=$((n + 1))
    i=$((i + 1))
  done
  failed=$((failed + $2))
  echo "  $1: $2 detector(s) not run because the build failed"
}

echo "Interlock pattern lab for $PROJECT (Interlock's example projects, not your code): $total check(s) in $(echo $selected | wc -w | tr -d ' ') pattern(s)"
echo "$go_version; $cargo_version; logs in lab-logs/"
for p in $selected; do
  run_pattern "$p"
done

echo
if [ "$failed" -eq 0 ]; then
  echo "lab passed: $passed of $total check(s) ok on Interlock's example projects"
  exit 0
fi
echo "lab FAILED: $failed of $total check(s) failed:$failures"
exit 1
`;
