// Tests of the shared handle: correct totals when many goroutines record at once.
package sharedhandle

import (
	"errors"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRecordAndSnapshot(t *testing.T) {
	h := New()
	defer h.Close()
	for _, v := range []uint64{0, 1, 3, 1000} {
		if err := h.Record(v); err != nil {
			t.Fatal(err)
		}
	}
	s, err := h.Snapshot()
	if err != nil || s.Count != 4 || s.Sum != 1004 || s.Buckets[10] != 1 {
		t.Fatalf("Snapshot = %+v, %v; want count 4, sum 1004, one value in bucket 10", s, err)
	}
	h.Close()
	if err := h.Record(1); !errors.Is(err, ErrClosed) {
		t.Fatalf("Record after Close = %v, want ErrClosed", err)
	}
}

// Goroutines on several OS threads hammer one handle for a fixed time (overlaps inside Rust are
// rare per call, so the test runs long enough to make one certain). With the lock the totals are
// exact; without it the busy flag inside the Rust handle aborts the process at the first overlap.
func TestConcurrentRecord(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0)))) // real parallelism
	budget := 300 * time.Millisecond
	if os.Getenv("INTERLOCK_PRESSURE") != "" {
		budget *= 3
	}
	h := New()
	defer h.Close()
	var recorded atomic.Uint64
	var wg sync.WaitGroup
	deadline := time.Now().Add(budget)
	for range 8 {
		wg.Go(func() {
			n := uint64(0)
			for ; time.Now().Before(deadline); n++ {
				_ = h.Record(n)
			}
			recorded.Add(n)
		})
	}
	wg.Wait()
	s, _ := h.Snapshot()
	if want := recorded.Load(); s.Count != want {
		t.Fatalf("count = %d after %d concurrent records: %d updates lost", s.Count, want, want-s.Count)
	}
}
