// Probe: catch_unwind catches an ordinary panic, but not the misaligned-pointer check of a build with debug
// assertions: that check is a non-unwinding panic, and the Go process aborts (layout/repr-c-and-alignment,
// panics/panic-containment).
package debugchecksabort

import (
	"regexp"
	"testing"

	"interlock.example/probes/probekit"
)

func TestDebugChecksAbort(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	for _, c := range []struct {
		arg  string
		code int
		want string // regular expression over the whole output
	}{
		{"aligned", 0, `^read: 2\n$`},
		{"panic", 0, `an ordinary panic\n(?s:.*)caught: -1\n$`},
		{"misaligned", 2, `(?s)misaligned pointer dereference: address must be a multiple of 0x8 but is 0x[0-9a-f]+\n.*thread caused non-unwinding panic\. aborting\.\nSIGABRT: abort\n.*signal arrived during cgo execution\n`},
	} {
		out, code := probekit.Run(t, bin, c.arg)
		if code != c.code || !regexp.MustCompile(c.want).MatchString(out) {
			t.Errorf("%s: exit %d, want %d; output must match %q:\n%.1200s", c.arg, code, c.code, c.want, out)
		}
	}
}
