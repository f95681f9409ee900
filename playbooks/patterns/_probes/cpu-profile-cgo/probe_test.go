// Probe: a Go CPU profile puts all time spent in foreign code on runtime.cgocall, with no foreign frames.
package cpuprofilecgo

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"interlock.example/probes/probekit"
)

// The first row of `go tool pprof -top`, once the header lines are skipped.
var topRow = regexp.MustCompile(`(?m)^\s+\S+\s+100%\s+100%\s+\S+\s+100%\s+runtime\.cgocall$`)

// The sample total follows the CPU time the process got, not the wall-clock time: the probe prints
// both (and the profile) so a reader can compare them; neither is asserted.
func TestCPUProfileStopsAtCgocall(t *testing.T) {
	dir := t.TempDir()
	bin, prof := filepath.Join(dir, "prog"), filepath.Join(dir, "cpu.pprof")
	if out, ok := probekit.GoBuild(t, "prog", bin, ""); !ok {
		t.Fatalf("go build: %s", out)
	}
	out, code := probekit.Run(t, bin, prof)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	top, err := exec.Command("go", "tool", "pprof", "-top", bin, prof).CombinedOutput()
	if err != nil {
		t.Fatalf("go tool pprof: %v\n%s", err, top)
	}
	t.Logf("%s\n%s", out, top)
	if !topRow.Match(top) {
		t.Errorf("runtime.cgocall does not hold 100%% of the samples")
	}
	if regexp.MustCompile(`\bspin\b|_cgo_[0-9a-f]+_Cfunc`).Match(top) {
		t.Errorf("a foreign frame appears in the profile")
	}
}
