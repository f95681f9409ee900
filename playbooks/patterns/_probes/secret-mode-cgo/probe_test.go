// Probe: runtime/secret.Do (Go 1.26, GOEXPERIMENT=runtimesecret) erases what Go code leaves behind, but a
// cgo call inside it kills the process with SIGSEGV (golang/go#78999; still so in Go 1.26.8):
// a secret cannot be handed to a Rust library under secret.Do, so it has to live in Rust memory instead.
package secretmodecgo

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"interlock.example/probes/probekit"
)

func TestSecretModeCgo(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "prog")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = "prog"
	build.Env = append(os.Environ(), "GOEXPERIMENT=runtimesecret")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if out, code := probekit.Run(t, bin, "go"); out != "signature: 1309\n" || code != 0 {
		t.Errorf("go: exit %d, output %q", code, out)
	}
	out, err := exec.Command(bin, "cgo").CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("cgo: want the process killed, got err %v, output %q", err, out)
	}
	status, _ := exit.Sys().(syscall.WaitStatus)
	if !status.Signaled() || status.Signal() != syscall.SIGSEGV || len(out) != 0 {
		t.Errorf("cgo: %v, output %q; want killed by SIGSEGV with no output", exit, out)
	}
}
