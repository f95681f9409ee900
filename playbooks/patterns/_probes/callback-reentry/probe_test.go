// Probe: a callback that re-enters a Rust export holding a blocking lock hangs; with try_lock it gets BUSY.
package callbackreentry

import (
	"testing"

	"interlock.example/probes/probekit"
)

func TestCallbackReentry(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	for _, c := range []struct {
		arg, want string
		code      int
	}{
		{"blocking", "no return after 3s\n", 3},
		{"try", "inner call: -2\nouter call: 0\n", 0},
	} {
		if out, code := probekit.Run(t, bin, c.arg); out != c.want || code != c.code {
			t.Errorf("%s: exit %d, output %q; want exit %d, %q", c.arg, code, out, c.code, c.want)
		}
	}
}
