// Probe: a signal handler installed by foreign code without SA_ONSTACK kills the process when it chains to Go's.
package signalwithoutonstack

import (
	"path/filepath"
	"regexp"
	"testing"

	"interlock.example/probes/probekit"
)

func TestSignalHandlerWithoutOnstack(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "prog")
	if out, ok := probekit.GoBuild(t, "prog", bin, ""); !ok {
		t.Fatalf("go build: %s", out)
	}
	for _, c := range []struct {
		arg  string
		code int
		want string // regular expression the whole output must match
	}{
		{"onstack", 0, `^delivered: user defined signal 1\n$`},
		{"plain", 2, `^signal 10 received but handler not on signal stack\nmp\.gsignal stack \[0x[0-9a-f]+ 0x[0-9a-f]+\], mp\.g0 stack \[0x[0-9a-f]+ 0x[0-9a-f]+\], sp=0x[0-9a-f]+\nfatal error: non-Go code set up signal handler without SA_ONSTACK flag\n`},
	} {
		out, code := probekit.Run(t, bin, c.arg)
		if code != c.code || !regexp.MustCompile(c.want).MatchString(out) {
			t.Errorf("%s: exit %d, want %d; output must match %q:\n%.800s", c.arg, code, c.code, c.want, out)
		}
	}
}
