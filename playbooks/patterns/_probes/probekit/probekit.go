// Package probekit builds the Rust crates and cgo programs that a probe runs, and runs them.
package probekit

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// CacheDir is where a probe keeps its builds: INTERLOCK_PROBE_CACHE (set by the pattern audit, kept
// between runs) or a fresh temporary folder.
func CacheDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("INTERLOCK_PROBE_CACHE"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// Cargo builds the crate of manifest in release mode into targetDir; env adds variables such as
// CARGO_PROFILE_RELEASE_LTO=fat. It returns the folder holding the staticlib.
func Cargo(t *testing.T, manifest, targetDir string, env ...string) string {
	t.Helper()
	cmd := exec.Command("cargo", "build", "--release", "--quiet", "--manifest-path", manifest, "--target-dir", targetDir)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cargo build %s: %v\n%s", manifest, err, out)
	}
	return filepath.Join(targetDir, "release")
}

// GoBuild builds the cgo program in pkgDir to out, linking with CGO_LDFLAGS=-L libDir when libDir
// is set. It returns the go command's output and whether the build succeeded.
func GoBuild(t *testing.T, pkgDir, out, libDir string, flags ...string) (string, bool) {
	t.Helper()
	args := append(append([]string{"build", "-o", out}, flags...), ".")
	cmd := exec.Command("go", args...)
	cmd.Dir = pkgDir
	cmd.Env = os.Environ()
	if libDir != "" {
		cmd.Env = append(cmd.Env, "CGO_LDFLAGS=-L"+libDir)
	}
	b, err := cmd.CombinedOutput()
	return string(b), err == nil
}

// BuildProbe builds what most probes run: the crate in rust/ (release, into the probe's cache) and the cgo
// program in prog/ linked against it. It fails the test when either does not build, and returns the
// program's path and the folder holding the staticlib.
func BuildProbe(t *testing.T) (bin, libDir string) {
	t.Helper()
	libDir = Cargo(t, filepath.Join("rust", "Cargo.toml"), filepath.Join(CacheDir(t), "target"))
	bin = filepath.Join(t.TempDir(), "prog")
	if out, ok := GoBuild(t, "prog", bin, libDir); !ok {
		t.Fatalf("go build: %s", out)
	}
	return bin, libDir
}

// Run runs a built program and returns its combined output and exit code.
func Run(t *testing.T, bin string, args ...string) (string, int) {
	t.Helper()
	b, err := exec.Command(bin, args...).CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return string(b), ee.ExitCode()
	}
	if err != nil {
		t.Fatalf("run %s: %v", bin, err)
	}
	return string(b), 0
}

// buildOnly, set by the pattern audit, asks a probe that runs alone to stop once it has built what it runs:
// the audit builds those probes beside the other checks, then runs each by itself with nothing left to build.
const buildOnly = "INTERLOCK_PROBE_BUILD_ONLY"

// StopIfOnlyBuilding skips the rest of the test when the audit asked only for the build. A probe that runs
// alone calls it between building and measuring.
func StopIfOnlyBuilding(t *testing.T) {
	t.Helper()
	if os.Getenv(buildOnly) != "" {
		t.Skip("built only: the audit runs this probe alone later")
	}
}
