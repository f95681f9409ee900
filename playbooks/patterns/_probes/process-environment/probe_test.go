// Probe: os.Setenv writes the C environment that Rust reads; std::env::set_var is invisible to os.Getenv.
package processenvironment

import (
	"testing"

	"interlock.example/probes/probekit"
)

// With cgo linked, Go's os.Setenv also calls the C library's setenv, so Rust sees the change. Go
// reads its own copy of the environment, made at start-up and updated only by Go's own calls, so a
// variable Rust sets is never seen by os.Getenv.
func TestEnvironmentIsSharedOneWay(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	out, code := probekit.Run(t, bin)
	want := "after os.Setenv, Rust reads: from-go\n" +
		"after std::env::set_var, Go reads: from-go\n" +
		"after std::env::set_var, Rust reads: from-rust\n"
	if code != 0 || out != want {
		t.Fatalf("exit %d, output:\n%s\nwant exit 0 and:\n%s", code, out, want)
	}
}
