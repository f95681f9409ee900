// Tests of panic containment in both directions: Rust panics stay in Rust, Go panics stay in Go.
package paniccontainment

import (
	"errors"
	"os"
	"os/exec"
	"testing"
)

// The Rust panic is provoked in a child process: if containment is missing, the abort kills the
// whole test binary, and running it in a re-executed copy of this test turns that into a clear failure.
func TestRustPanicBecomesAnError(t *testing.T) {
	if os.Getenv("INTERLOCK_PANIC_CHILD") == "1" {
		if _, err := Mean(nil); !errors.Is(err, ErrPanicked) {
			t.Fatalf("Mean(nil) = %v, want ErrPanicked", err)
		}
		if m, err := Mean([]int64{2, 4, 9}); m != 5 || err != nil {
			t.Fatalf("Mean after a contained panic = %d, %v; want 5, nil", m, err)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestRustPanicBecomesAnError$", "-test.count=1")
	cmd.Env = append(os.Environ(), "INTERLOCK_PANIC_CHILD=1", "RUST_BACKTRACE=0") // keep its report short
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the child process died instead of getting ErrPanicked (%v); its output:\n%s", err, out)
	}
}

func TestVisit(t *testing.T) {
	var totals []int64
	err := Visit([]int64{1, 2, 3}, func(_, total int64) error { totals = append(totals, total); return nil })
	if err != nil || len(totals) != 3 || totals[2] != 6 {
		t.Fatalf("Visit = %v, running totals %v; want nil, [1 3 6]", err, totals)
	}
	stop := errors.New("stop")
	if err := Visit([]int64{1, 2, 3}, func(int64, int64) error { return stop }); err != stop {
		t.Fatalf("Visit = %v, want the callback's own error", err)
	}
}

// A Go panic in a callback must reach the Go caller only after the Rust frames have returned,
// so Rust's destructors run and the library stays usable.
func TestGoPanicInCallbackStaysInGo(t *testing.T) {
	func() {
		defer func() {
			if r := recover(); r != "callback bug" {
				t.Fatalf("recovered %v, want the callback's own panic value", r)
			}
		}()
		_ = Visit([]int64{1, 2, 3}, func(v, _ int64) error {
			if v == 2 {
				panic("callback bug")
			}
			return nil
		})
	}()
	if err := Visit([]int64{1}, func(int64, int64) error { return nil }); err != nil {
		t.Fatalf("Visit after a recovered callback panic = %v: the panic skipped Rust's frames and their destructors", err)
	}
}
