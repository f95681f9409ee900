// Generates the bundle's audit.sh: the detectors (vet, tests, race, ASan, cgocheck2, GC and scheduler
// pressure) run on the TEAM's Go module and Rust crate, never on Interlock's examples (those are lab/lab.sh).
// It says what it ran on (paths, module and crate names, tool versions), so its verdict is evidence about them.
import { libraryNameProblem } from '../contract/names.ts';

interface TeamAuditInput {
  /** The project name, already accepted by the name validator. */
  project: string;
  toolVersion: string;
  /** Defaults for --go and --rust (the contract's sources:, relative to the folder audit.sh runs from). */
  goDir?: string;
  rustDir?: string;
}

const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+([.-][0-9A-Za-z.-]+)?$/;
/** A default path is embedded in single quotes; it must not be able to leave them or look like an option. */
const SAFE_PATH = /^(?!-)[A-Za-z0-9._/-]{1,200}$/;

/** The Go detectors, in the order they run; each line runs in the Go module with cgo's link flags set. */
const TEAM_GO_CHECKS: ReadonlyArray<readonly [string, string]> = [
  ['go-vet', 'go vet ./...'],
  ['go-test', 'go test -count=1 ./...'],
  ['race', 'go test -race -count=1 ./...'],
  ['asan', "go test -asan -count=1 '-ldflags=-s=false -w=false' ./..."],
  ['cgocheck2', 'env GOEXPERIMENT=cgocheck2 go test -count=1 ./...'],
  ['pressure', 'env GOGC=1 GOMAXPROCS=1 go test -count=1 ./... && env GOGC=1 GOMAXPROCS=2 go test -count=1 ./...'],
];

/** The Rust checks, run in the crate before the Go ones (the Go tests link what the build produced). */
const TEAM_RUST_CHECKS: ReadonlyArray<readonly [string, string]> = [
  ['cargo-build', 'cargo build --release'],
  ['cargo-test', 'cargo test'],
];

function quoted(path: string | undefined, what: string): string {
  if (path === undefined) return "''";
  if (!SAFE_PATH.test(path)) throw new Error(`team audit script: ${what} path ${JSON.stringify(path)} was not validated`);
  return `'${path}'`;
}

const shellList = (checks: ReadonlyArray<readonly [string, string]>, fn: string): string =>
  checks.map(([id, cmd]) => `  ${fn} ${id} '${cmd.replaceAll("'", `'\\''`)}'`).join('\n');

/** The complete audit.sh text (POSIX sh). */
export function teamAuditScript(input: TeamAuditInput): string {
  if (libraryNameProblem(input.project) !== undefined) throw new Error(`team audit script: project name ${JSON.stringify(input.project)} was not validated`);
  if (!VERSION.test(input.toolVersion)) throw new Error(`team audit script: tool version ${JSON.stringify(input.toolVersion)} is not a version`);
  return `#!/bin/sh
# audit.sh: runs Interlock's detectors on YOUR Go module and Rust crate: go vet, go test, -race, -asan,
# GOEXPERIMENT=cgocheck2, and GC and scheduler pressure (GOGC=1 with GOMAXPROCS 1 and 2), after cargo build and test.
# Written by interlock ${input.toolVersion} for ${input.project} from fixed templates.
# Usage: sh audit.sh [--go <Go module folder>] [--rust <Rust crate folder>]
# Interlock's example projects are not tested here: they are the separate lab (sh lab/lab.sh).
set -u
PROJECT=${input.project}
GO_DIR=${quoted(input.goDir, 'Go')}
RUST_DIR=${quoted(input.rustDir, 'Rust')}
${TEAM_TAIL(shellList(TEAM_RUST_CHECKS, 'check_rust'), shellList(TEAM_GO_CHECKS, 'check_go'))}`;
}

const TEAM_TAIL = (rustChecks: string, goChecks: string): string => `
die() {
  echo "audit.sh: $1" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --go) [ $# -ge 2 ] || die "--go needs a folder"; GO_DIR=$2; shift 2 ;;
    --rust) [ $# -ge 2 ] || die "--rust needs a folder"; RUST_DIR=$2; shift 2 ;;
    -h | --help) sed -n '2,6p' "$0" | sed 's/^# \\{0,1\\}//'; exit 0 ;;
    *) die "unknown argument: $1 (usage: sh audit.sh [--go <folder>] [--rust <folder>])" ;;
  esac
done
[ -n "$GO_DIR" ] || die "tell audit.sh where your Go module is: sh audit.sh --go path/to/module --rust path/to/crate (or give the contract a sources: block)"

command -v go >/dev/null 2>&1 || die "go is not on PATH: install Go 1.26 or newer from https://go.dev/dl/"
[ -d "$GO_DIR" ] || die "no Go module folder at $GO_DIR"
GO_DIR=$(cd "$GO_DIR" && pwd -P) || die "cannot enter $GO_DIR"
go_mod=$(cd "$GO_DIR" && go env GOMOD 2>/dev/null)
case "$go_mod" in "" | /dev/null | NUL) die "$GO_DIR is not inside a Go module (no go.mod above it)" ;; esac
go_module=$(cd "$GO_DIR" && go list -m 2>/dev/null) || die "go list -m failed in $GO_DIR"
go_version=$(go env GOVERSION)
if [ -n "$RUST_DIR" ]; then
  command -v cargo >/dev/null 2>&1 || die "cargo is not on PATH: install Rust with rustup (https://rustup.rs)"
  [ -f "$RUST_DIR/Cargo.toml" ] || die "no Cargo.toml in $RUST_DIR"
  RUST_DIR=$(cd "$RUST_DIR" && pwd -P) || die "cannot enter $RUST_DIR"
  crate=$(sed -n 's/^name *= *"\\([^"]*\\)".*/\\1/p' "$RUST_DIR/Cargo.toml" | head -n 1)
  cargo_version=$(cargo --version)
  target=$(cd "$RUST_DIR" && cargo metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\\([^"]*\\)".*/\\1/p')
  [ -n "$target" ] || target="$RUST_DIR/target"
fi

LOGS="$(pwd -P)/audit-logs"
mkdir -p "$LOGS" || die "cannot create $LOGS"
passed=0
failed=0
failures=""

run_check() { # <id> <folder> <command>
  printf '%-12s ' "$1"
  if (cd "$2" && echo "\\$ $3" && eval "$3") >"$LOGS/$1.log" 2>&1; then
    echo ok
    passed=$((passed + 1))
  else
    echo FAILED
    failed=$((failed + 1))
    failures="$failures
  $1  (log: audit-logs/$1.log)"
    tail -n 20 "$LOGS/$1.log" | sed 's/^/    /'
  fi
}
check_rust() { run_check "$1" "$RUST_DIR" "env CARGO_TERM_COLOR=never $2"; }
check_go() { run_check "$1" "$GO_DIR" "$2"; }

echo "Interlock audit of your code for $PROJECT"
echo "  Go module:  $go_module in $GO_DIR ($go_version)"
if [ -n "$RUST_DIR" ]; then
  echo "  Rust crate: \${crate:-?} in $RUST_DIR ($cargo_version)"
else
  echo "  Rust crate: not given (--rust): the Go tests link whatever library your cgo flags name"
fi
echo "  logs:       $LOGS"
if [ -n "$RUST_DIR" ]; then
${rustChecks}
  # Go does not hash libraries passed with -l; a flag naming the archive's checksum keeps a stale link out of its cache.
  sum=$(cat "$target"/release/*.a 2>/dev/null | cksum | cut -d ' ' -f 1)
  export CGO_LDFLAGS="\${CGO_LDFLAGS:-} -L$target/release -L$target/release/.interlock-$sum"
  mkdir -p "$target/release/.interlock-$sum"
fi
export CGO_ENABLED=1
${goChecks}

echo
if [ "$failed" -eq 0 ]; then
  echo "audit passed: $passed check(s) on $go_module\${RUST_DIR:+ and $crate}"
  exit 0
fi
echo "audit FAILED: $failed of $((passed + failed)) check(s) on $go_module\${RUST_DIR:+ and $crate}:$failures"
exit 1
`;
