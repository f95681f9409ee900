// Probe: with runtime.SetCgoTraceback given a small C traceback function (libgcc's unwinder) and
// symbolizer (the executable's ELF symbol table), a crash in Rust prints the Rust frames above the Go
// stack and a CPU profile attributes the time to Rust functions; without them, both stop at runtime.cgocall.
package cgotraceback

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

// The crashing goroutine's first frames with the traceback registered: the faulting Rust function, its
// caller (the export trace_read tail-calls parse_header, so it has no frame of its own), the C stub cgo
// wrote, the runtime's assembly that switched stacks, and then Go's frames as before.
var tracedCrash = regexp.MustCompile(`\[syscall\]:\n` +
	`_ZN11probe_trace9load_word17h[0-9a-f]{16}E\n\tpc=0x[0-9a-f]+\n` +
	`_ZN11probe_trace12parse_header17h[0-9a-f]{16}E\n\tpc=0x[0-9a-f]+\n` +
	`_cgo_[0-9a-f]+_Cfunc_trace_read\n\tpc=0x[0-9a-f]+\n` +
	`runtime\.asmcgocall\.abi0\n\tpc=0x[0-9a-f]+\n` +
	`runtime\.cgocall\(`)

var plainCrash = regexp.MustCompile(`\[syscall\]:\nruntime\.cgocall\(0x[0-9a-f]+, 0x[0-9a-f]+\)\n[^\n]+\nmain\._Cfunc_trace_read\(0x0\)\n`)

// A row of `go tool pprof -top`: flat, flat%, sum%, cum, cum%, name.
var topRow = regexp.MustCompile(`(?m)^\s+\S+\s+([0-9.]+)%\s+\S+\s+\S+\s+\S+\s+(\S+)$`)

func TestCgoTracebackNamesRustFrames(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)

	out, code := probekit.Run(t, bin, "crash", "plain")
	if code != 2 || !plainCrash.MatchString(out) || strings.Contains(out, "probe_trace") {
		t.Errorf("crash without a traceback function: exit %d, want 2 and a trace that starts at runtime.cgocall:\n%.1200s", code, out)
	}
	out, code = probekit.Run(t, bin, "crash", "traced")
	if code != 2 || !tracedCrash.MatchString(out) {
		t.Errorf("crash with the traceback function: exit %d, want 2 and the Rust frames first:\n%.1200s", code, out)
	}

	// Without the traceback function every sample stops at runtime.cgocall; with it, the profile names
	// the Rust function that spins (demangled by pprof) and gives it most of the samples.
	plain := profileTop(t, bin, "plain")
	if plain["runtime.cgocall"] < 50 || hasRust(plain) {
		t.Errorf("profile without a traceback function: want runtime.cgocall to hold the samples and no Rust function, got %v", plain)
	}
	traced := profileTop(t, bin, "traced")
	if traced["probe_trace::mix_round"] < 50 {
		t.Errorf("profile with the traceback function: want probe_trace::mix_round to hold most samples, got %v", traced)
	}
}

// profileTop runs the spin under the CPU profiler and returns each function's flat percentage.
func profileTop(t *testing.T, bin, mode string) map[string]float64 {
	t.Helper()
	prof := filepath.Join(t.TempDir(), mode+".pprof")
	if out, code := probekit.Run(t, bin, "profile", mode, prof); code != 0 {
		t.Fatalf("profile %s: exit %d:\n%s", mode, code, out)
	}
	top, err := exec.Command("go", "tool", "pprof", "-top", bin, prof).Output()
	if err != nil {
		t.Fatalf("go tool pprof: %v", err)
	}
	t.Logf("%s:\n%s", mode, top)
	flat := map[string]float64{}
	for _, m := range topRow.FindAllStringSubmatch(string(top), -1) {
		percent, _ := strconv.ParseFloat(m[1], 64)
		flat[m[2]] = percent
	}
	return flat
}

func hasRust(flat map[string]float64) bool {
	for name := range flat {
		if strings.Contains(name, "probe_trace") || name == "trace_spin" {
			return true
		}
	}
	return false
}
