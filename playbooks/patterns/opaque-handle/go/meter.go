// Package opaquehandle wraps Rust's Meter so that Go code never touches the raw handle.
package opaquehandle

/*
#cgo LDFLAGS: -linterlock_opaque_handle -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "meter.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// ErrClosed is returned by every method called after Close.
var ErrClosed = errors.New("opaquehandle: meter is closed")

// Meter owns exactly one Rust handle. The mutex serialises calls (Rust's Meter is not
// thread-safe) and makes Close safe against concurrent use.
type Meter struct {
	mu      sync.Mutex
	h       *C.Meter // nil once closed
	window  int      // how many samples Samples can return
	cleanup runtime.Cleanup
}

func statusErr(op string, rc C.int32_t) error {
	switch rc {
	case C.METER_OK:
		return nil
	case C.METER_ERR_INVALID:
		return fmt.Errorf("opaquehandle: %s: invalid argument", op)
	default:
		return fmt.Errorf("opaquehandle: %s: status %d", op, int32(rc))
	}
}

// wrap adopts a live handle. The cleanup is a safety net for a forgotten Close, not the
// contract: it runs at some unknown time after the Meter becomes unreachable, or never.
func wrap(h *C.Meter, window int) *Meter {
	m := &Meter{h: h, window: window}
	// The cleanup receives the handle, not m: referencing m would keep it reachable forever.
	m.cleanup = runtime.AddCleanup(m, func(h *C.Meter) { C.meter_free(h) }, h)
	return m
}

// Add records one sample.
func (m *Meter) Add(v uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.h == nil {
		return ErrClosed
	}
	return statusErr("add", C.meter_add(m.h, C.uint64_t(v)))
}

// Samples returns a Go-owned copy of the samples in the window, oldest first.
func (m *Meter) Samples() ([]uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.h == nil {
		return nil, ErrClosed
	}
	out := make([]uint64, m.window)
	var n C.size_t
	// out and n are lent to Rust for this call only, which the cgo pointer rules allow.
	rc := C.meter_copy(m.h, (*C.uint64_t)(&out[0]), C.size_t(len(out)), &n)
	if err := statusErr("copy", rc); err != nil {
		return nil, err
	}
	return out[:n:n], nil
}
