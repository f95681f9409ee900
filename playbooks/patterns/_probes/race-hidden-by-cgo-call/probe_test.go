// Probe: one unrelated cgo call between a callback's write and a goroutine's read hides the race from -race.
// Runs alone: a half-second sleep orders the callback before the read; on a loaded machine it might not.
package racehidden

import (
	"path/filepath"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

// The race runtime models all C code as one synchronising object (racecgosync in
// runtime/cgocall.go): each cgo call and callback releases and acquires it. So the same racy read
// is reported when nothing crosses into C between the write and the read, and never reported when
// any cgo call does, even one that touches nothing.
func TestRaceHiddenByUnrelatedCgoCall(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "prog")
	if out, ok := probekit.GoBuild(t, "prog", bin, "", "-race"); !ok {
		t.Fatalf("go build -race: %s", out)
	}
	probekit.StopIfOnlyBuilding(t)
	const runs = 3
	for _, c := range []struct {
		arg  string
		want int // runs that print WARNING: DATA RACE
	}{{"plain", runs}, {"noop", 0}} {
		reported := 0
		for range runs {
			out, _ := probekit.Run(t, bin, c.arg)
			if strings.Contains(out, "WARNING: DATA RACE") {
				reported++
			}
		}
		t.Logf("%s: race reported in %d of %d runs", c.arg, reported, runs)
		if reported != c.want {
			t.Errorf("%s: race reported in %d of %d runs, want %d", c.arg, reported, runs, c.want)
		}
	}
}
