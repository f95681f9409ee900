// Probe: tokio behind cgo. Blocking on the runtime or stopping it from a completion callback is refused
// with a panic (caught here, -2); a callback that blocks keeps another job's timer from firing even with
// spare worker threads, and handing the wait to a goroutine lets it fire; aborting a task and stopping the
// runtime both drop the unfinished future, which reports through its Drop on the callback.
// Runs alone: it waits for tokio timers with one- and two-second deadlines.
package asyncruntime

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"interlock.example/probes/probekit"
)

func TestAsyncRuntime(t *testing.T) {
	bin, _ := probekit.BuildProbe(t)
	probekit.StopIfOnlyBuilding(t)
	const (
		nestedPanic = "Cannot start a runtime from within a runtime."
		dropPanic   = "Cannot drop a runtime in a context where blocking is not allowed."
	)
	for _, c := range []struct {
		args         []string
		stdout, warn string
	}{
		{[]string{"nested"}, "block_on from a goroutine: 0\nblock_on from a completion callback: -2\nstop: 0\n", nestedPanic},
		{[]string{"stall", "1"}, "A's callback waited 1s and B never completed\nfinished: 1 2\nstop: 0\n", ""},
		{[]string{"stall", "4"}, "A's callback waited 1s and B never completed\nfinished: 1 2\nstop: 0\n", ""},
		{[]string{"handoff", "1"}, "the goroutine A's callback started saw B complete\nstop: 0\n", ""},
		{[]string{"cancel"}, "cancelled job reported: -1\nstop: 0\n", ""},
		{[]string{"stop"}, "job 1 reported -1\nstop from a goroutine: 0\n", ""},
		{[]string{"stop-in-callback"}, "stop from a completion callback: -2\n", dropPanic},
	} {
		stdout, stderr := run(t, bin, c.args...)
		if stdout != c.stdout {
			t.Errorf("%v: stdout %q, want %q", c.args, stdout, c.stdout)
		}
		if (c.warn == "") != (stderr == "") || !strings.Contains(stderr, c.warn) {
			t.Errorf("%v: stderr %q, want it to hold %q", c.args, stderr, c.warn)
		}
	}
}

// run keeps stdout and stderr apart: the panic message tokio prints goes to stderr through Rust's hook.
func run(t *testing.T, bin string, args ...string) (string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "RUST_BACKTRACE=0")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, stderr.String())
	}
	return stdout.String(), stderr.String()
}
