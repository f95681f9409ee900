// Probe: the first lines the Go runtime prints for a fault in Rust code, on each kind of thread, and in a Go callback.
package crashmessages

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

func TestCrashMessages(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	for _, c := range []struct {
		arg   string
		code  int    // exit status; -1 means killed by a signal
		start string // the output must begin with this (regular expression)
	}{
		// On a goroutine's thread (Go called Rust): Go's handler prints the signal and the Go stack.
		{"rust-null", 2, `^SIGSEGV: segmentation violation\nPC=0x[0-9a-f]+ m=\d+ sigcode=1 addr=0x0\nsignal arrived during cgo execution\n`},
		// A stack overflow in Rust looks the same: a staticlib installs no overflow handler.
		{"rust-overflow", 2, `^SIGSEGV: segmentation violation\nPC=0x[0-9a-f]+ m=\d+ sigcode=1 addr=0x[0-9a-f]+\nsignal arrived during cgo execution\n`},
		// On a thread Rust created: Go forwards the signal to the default action; nothing is printed.
		{"rust-thread", -1, `^$`},
		// In Go code that Rust or C called: an ordinary Go panic, with the signal line under it.
		{"go-nil-in-callback", 2, `^panic: runtime error: invalid memory address or nil pointer dereference\n\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\]\n`},
	} {
		out, code := probekit.Run(t, bin, c.arg)
		if code != c.code || !regexp.MustCompile(c.start).MatchString(out) {
			t.Errorf("%s: exit %d, want %d; output must match %q:\n%.600s", c.arg, code, c.code, c.start, out)
		}
		if c.arg == "rust-null" {
			frames(t, out, bin)
		}
	}
}

// frames checks the traceback of the crashing goroutine: with no runtime.SetCgoTraceback, it starts at
// runtime.cgocall and the cgo stub, and no Rust function appears as a frame (only as the stub's name).
// The PC= line is the way back into Rust: addr2line names the function from the binary's symbols.
func frames(t *testing.T, out, bin string) {
	t.Helper()
	if pc := regexp.MustCompile(`\nPC=(0x[0-9a-f]+) `).FindStringSubmatch(out); pc == nil {
		t.Errorf("rust-null: no PC= line:\n%.400s", out)
	} else if name, err := exec.Command("addr2line", "-f", "-e", bin, pc[1]).Output(); err != nil {
		t.Errorf("addr2line: %v", err)
	} else if got := strings.SplitN(string(name), "\n", 2)[0]; got != "crash_null_read" {
		t.Errorf("rust-null: addr2line names %q at %s, want crash_null_read", got, pc[1])
	}
	stack := regexp.MustCompile(`\ngoroutine 1 gp=0x[0-9a-f]+ m=\d+ mp=0x[0-9a-f]+ \[syscall\]:\nruntime\.cgocall\(0x[0-9a-f]+, 0x[0-9a-f]+\)\n[^\n]+\nmain\._Cfunc_crash_null_read\(\)\n`)
	if !stack.MatchString(out) {
		t.Errorf("rust-null: the crashing goroutine's trace does not start at runtime.cgocall and the cgo stub:\n%.1200s", out)
	}
	if regexp.MustCompile(`(?m)^(crash_null_read|probe_crash)`).MatchString(out) {
		t.Errorf("rust-null: a Rust frame appears in the trace:\n%.1200s", out)
	}
}
