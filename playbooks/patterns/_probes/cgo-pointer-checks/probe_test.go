// Probe: what cgo's pointer check catches with Go 1.26 (the default check and GOEXPERIMENT=cgocheck2), and the
// exact wording of its panics, as memory-models/cgo-pointer-rules quotes them.
package cgopointerchecks

import (
	"path/filepath"
	"regexp"
	"testing"

	"interlock.example/probes/probekit"
)

const (
	argPointer = `^panic: runtime error: argument of cgo function has Go pointer to unpinned Go pointer\n`
	argSlice   = `^panic: runtime error: argument of cgo function has Go pointer to unpinned Go slice\n`
	result     = `^panic: runtime error: [^\n]*prog/main\.go:\d+: result of Go function goResult called from cgo is unpinned Go pointer or points to unpinned Go pointer\n`
	returned   = `^returned\n$`
)

func TestPointerChecks(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain")
	if out, ok := probekit.GoBuild(t, "prog", plain, ""); !ok {
		t.Fatalf("go build: %s", out)
	}
	t.Setenv("GOEXPERIMENT", "cgocheck2")
	strict := filepath.Join(dir, "cgocheck2")
	if out, ok := probekit.GoBuild(t, "prog", strict, ""); !ok {
		t.Fatalf("go build with GOEXPERIMENT=cgocheck2: %s", out)
	}
	for _, c := range []struct {
		bin, arg string
		code     int
		want     string
	}{
		// The argument panic names the kind of the inner pointer; casts and a variable do not hide it.
		{plain, "void-pointer", 2, argPointer},
		{plain, "void-slice", 2, argSlice},
		{plain, "void-variable", 2, argPointer},
		{plain, "void-byte-cast", 2, argPointer},
		// The check trusts the prototype: behind const uint8_t * nothing is looked at, even with cgocheck2.
		{plain, "typed-bytes", 0, returned},
		{strict, "typed-bytes", 0, returned},
		{strict, "void-pointer", 2, argPointer},
		// A callback's result is checked by the default mode too, prefixed with the Go function's file and line.
		{plain, "result", 2, result},
	} {
		out, code := probekit.Run(t, c.bin, c.arg)
		if code != c.code || !regexp.MustCompile(c.want).MatchString(out) {
			t.Errorf("%s %s: exit %d, want %d; output must match %q:\n%.600s", filepath.Base(c.bin), c.arg, code, c.code, c.want, out)
		}
	}
}
