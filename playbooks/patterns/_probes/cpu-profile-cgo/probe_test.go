// Probe: a Go CPU profile puts all time spent in foreign code on runtime.cgocall, with no foreign frames.
// Runs alone: it spins for two seconds of wall time and reads the CPU profile that took.
package cpuprofilecgo

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"interlock.example/probes/probekit"
)

// Rows of `go tool pprof -top`: flat, flat%, sum%, cum, cum%, name.
var (
	cgocallRow = regexp.MustCompile(`(?m)^\s+\S+\s+([0-9.]+)%\s+\S+\s+\S+\s+\S+\s+runtime\.cgocall$`)
	spinRow    = regexp.MustCompile(`(?m)^\s+\S+\s+\S+\s+\S+\s+\S+\s+100%\s+main\._Cfunc_spin$`)
)

// The sample total follows the CPU time the process got, not the wall-clock time: the probe prints
// both (and the profile) so a reader can compare them; neither is asserted.
func TestCPUProfileStopsAtCgocall(t *testing.T) {
	dir := t.TempDir()
	bin, prof := filepath.Join(dir, "prog"), filepath.Join(dir, "cpu.pprof")
	if out, ok := probekit.GoBuild(t, "prog", bin, ""); !ok {
		t.Fatalf("go build: %s", out)
	}
	probekit.StopIfOnlyBuilding(t)
	out, code := probekit.Run(t, bin, prof)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	top, err := exec.Command("go", "tool", "pprof", "-top", bin, prof).CombinedOutput()
	if err != nil {
		t.Fatalf("go tool pprof: %v\n%s", err, top)
	}
	t.Logf("%s\n%s", out, top)
	// Every sample is under the cgo call; on a quiet machine all of them sit on runtime.cgocall itself, on a
	// busy one a few land in the runtime code that takes the P back when the call returns.
	if !spinRow.Match(top) {
		t.Errorf("not every sample is under _Cfunc_spin")
	}
	m := cgocallRow.FindSubmatch(top)
	if m == nil {
		t.Fatalf("runtime.cgocall holds no samples")
	}
	if share, _ := strconv.ParseFloat(string(m[1]), 64); share < 95 {
		t.Errorf("runtime.cgocall holds %.1f%% of the samples, not nearly all", share)
	}
	if regexp.MustCompile(`\bspin\b|_cgo_[0-9a-f]+_Cfunc`).Match(top) {
		t.Errorf("a foreign frame appears in the profile")
	}
}
