// Package callbacksforeignthread receives callbacks from a thread that Rust created.
package callbacksforeignthread

/*
#cgo LDFLAGS: -linterlock_callbacks_foreign_thread -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "ticker.h"
void goTick(uintptr_t ctx, int32_t event, uint64_t value); // exported from export.go
*/
import "C"

import (
	"errors"
	"runtime/cgo"
	"sync"
	"time"
)

// Subscription delivers Rust's ticks to fn, on a Rust thread, until Stop.
type Subscription struct {
	fn        func(uint64)
	h         cgo.Handle // what Rust holds instead of a Go pointer: an integer key to s
	t         *C.Ticker
	delivered counter // ticks delivered so far; read by Delivered from any goroutine
	stopOnce  sync.Once
	total     uint64 // set by the final callback, read after ticker_stop has returned
	panicked  any    // the first panic in fn, recovered on Rust's thread; Stop re-raises it
}

// Subscribe starts the Rust ticker. fn runs on a thread Go did not create, concurrently with
// the caller: anything it shares with other goroutines needs the usual synchronisation.
func Subscribe(period time.Duration, fn func(uint64)) (*Subscription, error) {
	if period < time.Microsecond {
		return nil, errors.New("callbacksforeignthread: period under 1µs")
	}
	s := &Subscription{fn: fn}
	// Rust may not keep a Go pointer after the call returns (cgo rules), so it gets a Handle:
	// a number that maps back to s until Delete.
	s.h = cgo.NewHandle(s)
	s.t = C.ticker_start(C.tick_fn(C.goTick), C.uintptr_t(s.h), C.uint64_t(period.Microseconds()))
	if s.t == nil {
		s.h.Delete()
		return nil, errors.New("callbacksforeignthread: ticker_start failed")
	}
	return s, nil
}

// Delivered reports how many ticks fn has received so far.
func (s *Subscription) Delivered() uint64 { return s.delivered.load() }

// deliver runs on the Rust thread for every callback (see export.go).
func (s *Subscription) deliver(event C.int32_t, value uint64) {
	switch event {
	case C.TICK_VALUE:
		s.fn(value)
		s.delivered.add()
	case C.TICK_STOPPED:
		s.total = value // ticker_stop is waiting for this call: Stop reads it afterwards
	}
}
