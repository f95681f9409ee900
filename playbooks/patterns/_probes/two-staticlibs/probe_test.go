// Probe: two Rust staticlibs in one Go binary link without LTO and with thin LTO, and fail with fat LTO.
package twostaticlibs

import (
	"path/filepath"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

// Without LTO the linker takes each std object once, from the first archive that defines it, and
// the second archive's copies are never pulled in. Fat LTO merges each crate with all of std into
// one object file, so both objects define rust_eh_personality (and the rest of std) and the link
// fails. Built from the same rustc, so both copies of std have the same symbol names.
func TestTwoStaticlibs(t *testing.T) {
	cache := probekit.CacheDir(t)
	for _, c := range []struct {
		lto     string // CARGO_PROFILE_RELEASE_LTO
		links   bool
		message string // in the link error, when it does not link
	}{
		{"off", true, ""},
		{"thin", true, ""},
		{"fat", false, "multiple definition of `rust_eh_personality'"},
	} {
		target := filepath.Join(cache, "lto-"+c.lto)
		var lib string
		for _, crate := range []string{"alpha", "beta"} {
			lib = probekit.Cargo(t, filepath.Join("rust", crate, "Cargo.toml"), target, "CARGO_PROFILE_RELEASE_LTO="+c.lto)
		}
		bin := filepath.Join(t.TempDir(), "prog")
		out, ok := probekit.GoBuild(t, "prog", bin, lib)
		switch {
		case ok != c.links:
			t.Errorf("lto=%s: linked=%v, want %v\n%s", c.lto, ok, c.links, out)
		case !ok && !strings.Contains(out, c.message):
			t.Errorf("lto=%s: the link failed without %q:\n%s", c.lto, c.message, out)
		case ok:
			if got, _ := probekit.Run(t, bin); got != "3 4\n" {
				t.Errorf("lto=%s: program printed %q, want \"3 4\\n\"", c.lto, got)
			}
		}
		t.Logf("lto=%s: links=%v", c.lto, ok)
	}
}
