// Probe: every pattern's #cgo LDFLAGS line links exactly the native libraries rustc says a staticlib needs.
package nativestaticlibs

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

var (
	noteLine = regexp.MustCompile(`(?m)^note: native-static-libs: (.*)$`)
	ldflags  = regexp.MustCompile(`(?m)^#cgo LDFLAGS: -linterlock_\w+ (.*)$`)
)

// nativeLibs asks rustc, the way the linking page tells readers to.
func nativeLibs(t *testing.T) string {
	target := filepath.Join(probekit.CacheDir(t), "target")
	cmd := exec.Command("cargo", "rustc", "--release", "--quiet", "--manifest-path", filepath.Join("rust", "Cargo.toml"),
		"--target-dir", target, "--", "--print", "native-static-libs")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("cargo rustc: %v\n%s", err, out)
	}
	m := noteLine.FindSubmatch(out)
	if m == nil {
		t.Fatalf("no native-static-libs note in:\n%s", out)
	}
	return strings.TrimSpace(string(m[1]))
}

func TestPatternsLinkWhatRustcAsksFor(t *testing.T) {
	want := nativeLibs(t)
	t.Logf("rustc: %s", want)
	files, err := filepath.Glob(filepath.Join("..", "..", "*", "go", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ldflags.FindAllSubmatch(src, -1) {
			seen++
			if got := string(m[1]); got != want {
				t.Errorf("%s: #cgo LDFLAGS links %q, rustc asks for %q", f, got, want)
			}
		}
	}
	if seen < 12 {
		t.Fatalf("found %d #cgo LDFLAGS lines in the patterns, want one per pattern (12 or more)", seen)
	}
}
