// Probe: go test serves a cached pass after the static library it links has changed; -count=1 reruns and fails.
package testcacheignoresstaticlib

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// build compiles testdata/pkg/v.c.txt with the given VALUE into dir/lib/libv.a.
func build(t *testing.T, dir, value string) {
	t.Helper()
	lib := filepath.Join(dir, "lib")
	if err := os.MkdirAll(lib, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"gcc", "-x", "c", "-c", "-DVALUE=" + value, filepath.Join(dir, "v.c.txt"), "-o", filepath.Join(lib, "v.o")},
		{"ar", "rcs", filepath.Join(lib, "libv.a"), filepath.Join(lib, "v.o")},
	} {
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
}

// goTest runs go test in dir with extra environment and returns its last output line and whether it passed.
func goTest(t *testing.T, dir string, env []string, args ...string) (string, bool) {
	cmd := exec.Command("go", append([]string{"test"}, append(args, ".")...)...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "CGO_LDFLAGS=-L"+filepath.Join(dir, "lib"), "GOFLAGS="), env...)
	out, err := cmd.CombinedOutput()
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return lines[len(lines)-1], err == nil
}

func TestCachedResultOutlivesTheLibrary(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/pkg")); err != nil {
		t.Fatal(err)
	}
	build(t, dir, "1")
	if line, ok := goTest(t, dir, nil); !ok || strings.Contains(line, "(cached)") {
		t.Fatalf("first run: %q, want a fresh pass", line)
	}
	build(t, dir, "2") // the library now returns 2: the test would fail
	line, ok := goTest(t, dir, nil)
	t.Logf("after rebuilding libv.a: %s", line)
	if !ok || !strings.HasSuffix(line, "(cached)") {
		t.Errorf("second run: %q, want the cached pass (go test does not hash -l libraries)", line)
	}
	if line, ok := goTest(t, dir, nil, "-count=1"); ok {
		t.Errorf("with -count=1: %q, want a failure against the new library", line)
	}
	// The CGO_* variables are part of the cache key: naming the library's hash in one of them makes a
	// changed library a changed key. The hash here is a stand-in: any value that changes with the file.
	if line, ok := goTest(t, dir, []string{"CGO_CFLAGS=-DINTERLOCK_LIB_HASH=v2"}); ok || strings.HasSuffix(line, "(cached)") {
		t.Errorf("with the library's hash in CGO_CFLAGS: %q, want a fresh failure", line)
	}
}
