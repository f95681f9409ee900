// Tests of guarded teardown: reverse order works, the wrong order is refused instead of corrupting memory.
package guardedteardown

import (
	"errors"
	"testing"
)

// The idiomatic shape: acquire parent, then child, and defer each release right after acquiring
// it. Defers run last-in first-out, so the writer is closed before the journal.
func TestReverseOrderWithDefer(t *testing.T) {
	j := Open(1024)
	defer func() {
		if err := j.Close(); err != nil {
			t.Errorf("journal Close = %v", err)
		}
	}()
	for _, s := range []string{"alpha ", "beta"} {
		w, err := j.Writer()
		if err != nil {
			t.Fatal(err)
		}
		_ = w.Append([]byte(s))
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if n, commits, _ := j.Stats(); n != len("alpha beta") || commits != 2 {
		t.Fatalf("journal holds %d bytes from %d writers, want %d from 2", n, commits, len("alpha beta"))
	}
}

// Releasing the parent first is a bug in the caller. Rust refuses it, the journal stays usable,
// and the caller can still release both in the right order.
func TestParentFirstIsRefused(t *testing.T) {
	j := Open(1024)
	w, _ := j.Writer()
	_ = w.Append([]byte("pending"))
	if err := j.Close(); !errors.Is(err, ErrWritersOpen) {
		t.Errorf("journal Close with an open writer = %v, want ErrWritersOpen", err)
	}
	if err := w.Close(); err != nil { // commits into the journal: it must still exist
		t.Fatal(err)
	}
	if n, _, err := j.Stats(); n != len("pending") || err != nil {
		t.Fatalf("journal holds %d bytes (%v), want %d", n, err, len("pending"))
	}
	if err := j.Close(); err != nil {
		t.Fatalf("journal Close after its writers = %v, want nil", err)
	}
}
