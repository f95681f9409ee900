// Probe: loom runs two Rust-only protocol models over every interleaving of two threads. The correct
// protocols pass; the check-then-free close and a Relaxed publication each fail with loom's
// "Causality violation", in their own test and only there.
package racesinsiderust

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"interlock.example/probes/probekit"
)

const violation = "Causality violation: Concurrent read and write accesses."

func TestLoomFindsTheRaces(t *testing.T) {
	target := filepath.Join(probekit.CacheDir(t), "target-loom")
	for _, c := range []struct {
		feature string
		failed  []string // the tests that must fail, each with loom's message
	}{
		{"", nil},
		{"broken-check-then-free", []string{"close_never_frees_under_an_open_writer"}},
		{"broken-relaxed-publish", []string{"a_published_result_is_seen_whole"}},
	} {
		args := []string{"test", "--manifest-path", filepath.Join("rust", "Cargo.toml"), "--target-dir", target}
		if c.feature != "" {
			args = append(args, "--features", c.feature)
		}
		cmd := exec.Command("cargo", args...)
		cmd.Env = append(os.Environ(), "RUSTFLAGS=--cfg loom", "RUST_BACKTRACE=0")
		out, err := cmd.CombinedOutput()
		text := string(out)
		failed := regexp.MustCompile(`(?m)^test tests::(\w+) \.\.\. FAILED$`).FindAllStringSubmatch(text, -1)
		var names []string
		for _, f := range failed {
			names = append(names, f[1])
		}
		if len(names) != len(c.failed) || (len(names) == 1 && names[0] != c.failed[0]) {
			t.Errorf("%q: failed tests %v, want %v\n%s", c.feature, names, c.failed, text)
			continue
		}
		if c.failed == nil {
			if err != nil || !regexp.MustCompile(`test result: ok\. 2 passed`).MatchString(text) {
				t.Errorf("correct protocols: %v\n%s", err, text)
			}
		} else if err == nil || !regexp.MustCompile(regexp.QuoteMeta(violation)).MatchString(text) {
			t.Errorf("%q: want a failing run with %q\n%s", c.feature, violation, text)
		}
	}
}
