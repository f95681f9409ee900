// Tests of cancellation: a cancelled Send returns promptly, and never while Rust still reads the buffer.
package cancellation

import (
	"context"
	"errors"
	"math/bits"
	"testing"
	"time"
)

const (
	size     = 64 << 10 // 16 chunks of 4 KiB, one every 2 ms: about 32 ms uncancelled
	longSize = 1 << 20  // 256 chunks: at least 512 ms uncancelled
)

func TestSendCompletes(t *testing.T) {
	data := make([]byte, size)
	want := uint64(0)
	for i := range data {
		data[i] = byte(i * 7)
		want = bits.RotateLeft64(want, 5) ^ uint64(data[i])
	}
	got, err := Send(context.Background(), data)
	if got != want || err != nil {
		t.Fatalf("Send = %#x, %v; want %#x, nil", got, err, want)
	}
}

// The caller frees its buffer as soon as Send returns, which the contract allows. If Send returned
// while Rust was still running, Rust's next chunk copy reads freed C memory and -asan reports it.
//
// A long buffer (256 paced chunks, at least half a second) makes sure the deadline falls mid-send even
// on a loaded machine; DeadlineExceeded then proves Rust saw the token and stopped early. No wall-clock
// bound is asserted: a busy CI machine would make one flaky.
func TestCancelWaitsForRust(t *testing.T) {
	buf := cAlloc(longSize)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	_, err := Send(ctx, buf)
	running := InFlight()
	cFree(buf)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Send = %v, want context.DeadlineExceeded (Rust finished before it saw the token)", err)
	}
	if running != 0 {
		t.Errorf("Send returned while %d Rust call(s) still borrowed the buffer", running)
	}
	// Let a call that is still running reach the freed buffer (and -asan report it) before the
	// test ends: an ASan report racing the leak check at exit can deadlock the process.
	for deadline := time.Now().Add(10 * time.Second); InFlight() > 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
}
