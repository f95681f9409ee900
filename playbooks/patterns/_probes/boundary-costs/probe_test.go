// Probe: prints what a crossing and each safety measure cost (figures for the cost-of-safety page), and pins their allocations.
// Runs alone: it prints the nanoseconds per call the cost-of-safety page quotes, which a busy machine would inflate.
package boundarycosts

import (
	"regexp"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

var rowLine = regexp.MustCompile(`^(.+?)\s+([0-9.]+) ns/op\s+(\d+) allocs/op$`)

// Times are printed, never asserted: they depend on the machine and its load. Allocation counts do
// not, so the rows whose count is part of a page's argument are pinned.
func TestBoundaryCosts(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	probekit.StopIfOnlyBuilding(t)
	out, code := probekit.Run(t, bin, "-test.benchtime=100ms")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	t.Logf("\n%s", out)
	allocs := map[string]string{}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines {
		m := rowLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a result row: %q", l)
		}
		allocs[m[1]] = m[3]
	}
	if len(lines) != 21 {
		t.Errorf("%d rows, want 21", len(lines))
	}
	for name, want := range map[string]string{
		`empty extern "C" call`:              "0",
		"same, body in catch_unwind":         "0",
		"same, plus a busy flag":             "0",
		"pointer to a 64-byte Go local":      "1", // the local escapes to the heap
		"same, with noescape and nocallback": "0", // the promise keeps it on the stack
		"runtime.Pinner Pin and Unpin":       "0",
		"lend 1048576 B for the call":        "0",
	} {
		if allocs[name] != want {
			t.Errorf("%s: %s allocs/op, want %s", name, allocs[name], want)
		}
	}
}
