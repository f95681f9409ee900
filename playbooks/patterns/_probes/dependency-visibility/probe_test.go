// Probe: which record of a cgo build lists the Rust side's dependencies. Go's build info (`go version -m`,
// what govulncheck reads from a binary) lists the Go module and nothing of Rust; Cargo's lock file and
// `cargo tree` list the Rust crate and its dependency with their versions. The build info records only the
// CGO_LDFLAGS that found the library.
package dependencyvisibility

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

func TestEachToolchainListsOnlyItsOwnDependencies(t *testing.T) {
	manifest := filepath.Join("rust", "Cargo.toml")
	bin, lib := probekit.BuildProbe(t)
	if out, code := probekit.Run(t, bin); out != "6\n" || code != 0 {
		t.Fatalf("the program printed %q (exit %d), want the checksum 6", out, code)
	}

	info, err := exec.Command("go", "version", "-m", bin).CombinedOutput()
	if err != nil {
		t.Fatalf("go version -m: %v\n%s", err, info)
	}
	text := string(info)
	if !strings.Contains(text, "\tpath\tinterlock.example/probes/dependency-visibility/prog\n") || !strings.Contains(text, "\tmod\tinterlock.example/probes\t") {
		t.Errorf("go version -m does not name the Go module:\n%s", text)
	}
	// The flags that found the library are recorded, which says where it came from, never what was in it.
	if !strings.Contains(text, "\tbuild\tCGO_LDFLAGS=-L"+lib+"\n") {
		t.Errorf("go version -m does not record the CGO_LDFLAGS of the build:\n%s", text)
	}
	for _, rust := range []string{"probe_depvis", "probe-checksum", "probe_checksum", "0.3.1"} {
		if strings.Contains(text, rust) {
			t.Errorf("go version -m names %q, a Rust crate or its version:\n%s", rust, text)
		}
	}

	// Standard output only: cargo writes notes such as "Blocking waiting for file lock" to standard error
	// when another build holds its package cache.
	tree, err := exec.Command("cargo", "tree", "--manifest-path", manifest, "--prefix", "none", "--edges", "normal").Output()
	if err != nil {
		var stderr []byte
		if exit, ok := err.(*exec.ExitError); ok {
			stderr = exit.Stderr
		}
		t.Fatalf("cargo tree: %v\n%s%s", err, tree, stderr)
	}
	lines := strings.Split(strings.TrimSpace(string(tree)), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "probe_depvis v0.1.0") || !strings.HasPrefix(lines[1], "probe-checksum v0.3.1") {
		t.Errorf("cargo tree printed %q, want the crate and its one dependency", lines)
	}
}
