// Package sharedhandle wraps a non-thread-safe Rust handle so that any number of goroutines can use it.
package sharedhandle

/*
#cgo LDFLAGS: -linterlock_shared_handle -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "shared_handle.h"
*/
import "C"

import "errors"

var ErrClosed = errors.New("histogram is closed")

// Histogram is safe for concurrent use. The Rust handle is not (its contract: one caller at a
// time), so every call into it happens under mu. go test -race cannot check this for us: the
// shared state is Rust memory, which the race detector does not instrument.
type Histogram struct {
	mu handleLock // sync.Mutex; see lock.go
	h  *C.interlock_histogram
}

type Snapshot struct {
	Count, Sum uint64
	Buckets    [16]uint64 // bucket i: values of bit length i (the last one: 15 or more)
}

func New() *Histogram { return &Histogram{h: C.interlock_shared_handle_new()} }

func (h *Histogram) Record(v uint64) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.h == nil {
		return ErrClosed
	}
	C.interlock_shared_handle_record(h.h, C.uint64_t(v))
	return nil
}

func (h *Histogram) Snapshot() (Snapshot, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.h == nil {
		return Snapshot{}, ErrClosed
	}
	var s C.interlock_snapshot
	C.interlock_shared_handle_snapshot(h.h, &s)
	out := Snapshot{Count: uint64(s.count), Sum: uint64(s.sum)}
	for i, b := range s.buckets {
		out.Buckets[i] = uint64(b)
	}
	return out, nil
}

// Close frees the handle once; later calls get ErrClosed instead of touching freed memory.
func (h *Histogram) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.h != nil {
		C.interlock_shared_handle_free(h.h)
		h.h = nil
	}
}
