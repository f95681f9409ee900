// Probe: runtime.Goexit in a callback is not stopped by recover and skips Rust frames without running their destructors.
package goexitskips

import (
	"testing"

	"interlock.example/probes/probekit"
)

// The callback's deferred recover sees nil, the goroutine ends without the Rust call returning, the
// Rust value with a destructor is never dropped and the MutexGuard never released: the next call
// finds the lock held and returns BUSY (-2). Skipping frames that own destructors is undefined
// behaviour in Rust; this probe only shows the visible half of it.
func TestGoexitSkipsRustFrames(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	out, code := probekit.Run(t, bin)
	want := "recover in the callback: <nil>\ndestructors run: 0\nnext call: -2\n"
	if code != 0 || out != want {
		t.Fatalf("exit %d, output:\n%s\nwant exit 0 and:\n%s", code, out, want)
	}
}
