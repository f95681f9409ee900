// Tests of callbacks from Rust's thread: delivery, concurrent reads, and clean teardown.

package callbacksforeignthread

import (
	"os"
	"sync"
	"testing"
	"time"
)

func waitFor(t *testing.T, s *Subscription, n uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.Delivered() < n { // reads the counter while Rust's thread updates it
		if time.Now().After(deadline) {
			t.Fatalf("only %d ticks after 10s", s.Delivered())
		}
		time.Sleep(100 * time.Microsecond)
	}
}

func TestTicksArriveInOrder(t *testing.T) {
	var mu sync.Mutex // fn runs on Rust's thread; the test reads got on its own goroutine
	var got []uint64
	s, err := Subscribe(200*time.Microsecond, func(v uint64) {
		mu.Lock()
		got = append(got, v)
		mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, s, 10)
	total := s.Stop()
	mu.Lock()
	defer mu.Unlock()
	if uint64(len(got)) != total {
		t.Fatalf("Stop reported %d ticks, fn saw %d", total, len(got))
	}
	for i, v := range got {
		if v != uint64(i) {
			t.Fatalf("tick %d carried %d", i, v)
		}
	}
}

// After Stop returns, nothing calls fn again, even if we wait.
func TestNoCallbackAfterStop(t *testing.T) {
	var mu sync.Mutex
	stopped := false
	s, err := Subscribe(50*time.Microsecond, func(uint64) {
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			t.Error("callback after Stop returned")
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, s, 3)
	s.Stop()
	mu.Lock()
	stopped = true
	mu.Unlock()
	time.Sleep(5 * time.Millisecond)
	s.Stop() // idempotent
}

// Many subscriptions start and stop at once, each with its own handle and Rust thread.
func TestManySubscriptions(t *testing.T) {
	n := 8
	if os.Getenv("INTERLOCK_PRESSURE") == "1" {
		n = 64
	}
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			s, err := Subscribe(100*time.Microsecond, func(uint64) {})
			if err != nil {
				t.Error(err)
				return
			}
			waitFor(t, s, 2)
			s.Stop()
		})
	}
	wg.Wait()
}

// A panic in fn stays on Go's side of Rust's thread: ticks go on, and Stop re-raises it.
func TestPanicInCallbackSurfacesInStop(t *testing.T) {
	s, err := Subscribe(200*time.Microsecond, func(v uint64) {
		if v == 2 {
			panic("tick 2")
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, s, 4) // ticks 0, 1, 3 and 4: the ticker survived the panic
	defer func() {
		if r := recover(); r != "tick 2" {
			t.Fatalf("Stop panicked with %v, want the callback's value \"tick 2\"", r)
		}
	}()
	s.Stop()
	t.Fatal("Stop returned without re-raising the callback's panic")
}
