// Probe: 200 MiB held by Rust shows in the resident size and in none of Go's memory metrics.
package rustheapinvisible

import (
	"fmt"
	"testing"

	"interlock.example/probes/probekit"
)

func TestRustHeapIsInvisibleToGo(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	out, code := probekit.Run(t, bin)
	t.Logf("\n%s", out)
	var rss, total, goal, cycles uint64
	if _, err := fmt.Sscanf(out, "resident MiB: %d\ngo total MiB: %d\ngo heap goal MiB: %d\ngc cycles: %d\n", &rss, &total, &goal, &cycles); err != nil || code != 0 {
		t.Fatalf("exit %d, unreadable output (%v):\n%s", code, err, out)
	}
	// Bounds, not exact values: the Go runtime's own footprint moves a little between releases.
	if rss < 200 || total >= 16 || goal >= 16 || cycles != 0 {
		t.Errorf("resident %d MiB (want >= 200), Go total %d MiB and heap goal %d MiB (want < 16 each), %d GC cycles (want 0)", rss, total, goal, cycles)
	}
}
