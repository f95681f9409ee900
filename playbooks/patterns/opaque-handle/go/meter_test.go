// Tests of the Meter wrapper: lifecycle, error paths and concurrent use through one handle.

package opaquehandle

import (
	"errors"
	"os"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

func TestLifecycle(t *testing.T) {
	m, err := New(3)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	for v := range uint64(5) {
		if err := m.Add(v + 1); err != nil {
			t.Fatal(err)
		}
	}
	got, err := m.Samples()
	if err != nil {
		t.Fatal(err)
	}
	if want := []uint64{3, 4, 5}; !slices.Equal(got, want) {
		t.Fatalf("Samples() = %v, want %v", got, want)
	}
}

// An invalid window must fail cleanly, and (checked by -asan's leak report at exit) must not
// leave the half-built handle behind.
func TestInvalidWindowFreesTheHandle(t *testing.T) {
	for _, w := range []int{0, -1, 1 << 20} {
		if m, err := New(w); err == nil {
			m.Close()
			t.Fatalf("New(%d) succeeded, want an error", w)
		}
	}
}

func TestUseAfterCloseIsAnError(t *testing.T) {
	m, err := New(4)
	if err != nil {
		t.Fatal(err)
	}
	m.Add(7)
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Samples(); !errors.Is(err, ErrClosed) {
		t.Fatalf("Samples after Close: err = %v, want ErrClosed", err)
	}
	if err := m.Add(1); !errors.Is(err, ErrClosed) {
		t.Fatalf("Add after Close: err = %v, want ErrClosed", err)
	}
}

// Close must disarm the GC safety net. A closed meter is collected, and a second cleanup on it
// reports when that happened. The runtime.AddCleanup docs promise no order between cleanups (and
// since Go 1.25 several can run at once), so that marker does not prove the one from wrap has run:
// the test goes on collecting for a grace period after it. Waiting matters: a cleanup left armed
// must fail inside this test, not race with the end of the process.
func TestCloseThenCollect(t *testing.T) {
	collected := make(chan struct{})
	func() {
		m, err := New(2)
		if err != nil {
			t.Fatal(err)
		}
		m.Add(1)
		m.Close()
		runtime.AddCleanup(m, func(ch chan struct{}) { close(ch) }, collected)
	}() // m is unreachable from here on
	deadline := time.After(10 * time.Second)
	for {
		runtime.GC()
		select {
		case <-collected:
			for range 40 { // about 200 ms for the other cleanups queued with the marker
				runtime.GC()
				time.Sleep(5 * time.Millisecond)
			}
			return
		case <-deadline:
			t.Fatal("the closed meter was never collected")
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// Many goroutines share one Meter; the wrapper's mutex is what makes that safe.
func TestConcurrentUse(t *testing.T) {
	m, err := New(64)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	rounds := 200
	if os.Getenv("INTERLOCK_PRESSURE") == "1" {
		rounds = 5000
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range rounds {
				if err := m.Add(uint64(g*rounds + i)); err != nil {
					t.Error(err)
					return
				}
				if i%16 == 0 {
					if _, err := m.Samples(); err != nil {
						t.Error(err)
						return
					}
					runtime.Gosched()
				}
			}
		})
	}
	wg.Wait()
	if got, _ := m.Samples(); len(got) != 64 {
		t.Fatalf("len(Samples()) = %d, want 64", len(got))
	}
}
