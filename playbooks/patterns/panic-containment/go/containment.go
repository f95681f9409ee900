// Package paniccontainment wraps a Rust library whose exports turn panics into error codes.
package paniccontainment

/*
#cgo LDFLAGS: -linterlock_panic_containment -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "panic_containment.h"
int32_t interlockVisitGo(uintptr_t ctx, int64_t value, int64_t running_total); // in callback.go
*/
import "C"

import (
	"errors"
	"runtime/cgo"
	"unsafe"
)

var (
	// ErrPanicked means the library hit a bug and abandoned the call; the process is still healthy.
	ErrPanicked = errors.New("native library panicked (its message is on stderr)")
	// ErrBusy means another Visit is running, or an earlier one never released the library.
	ErrBusy = errors.New("native library busy: another visit is in progress")
)

// Mean returns the integer mean of values. An empty slice hits a Rust bug, which comes back as
// ErrPanicked instead of killing the process.
func Mean(values []int64) (int64, error) {
	var out C.int64_t
	switch rc := C.interlock_panic_containment_mean((*C.int64_t)(unsafe.SliceData(values)), C.size_t(len(values)), &out); rc {
	case C.INTERLOCK_OK:
		return int64(out), nil
	case C.INTERLOCK_PANICKED:
		return 0, ErrPanicked
	default:
		return 0, errors.New("unexpected status")
	}
}

// visit is what the Rust side passes back to each callback, through a cgo.Handle.
type visit struct {
	fn       func(value, runningTotal int64) error
	err      error // the callback's error, returned as is
	panicked bool  // the callback panicked; value holds what it panicked with
	value    any
}

// Visit calls fn for each value with the running total computed in Rust. An error from fn stops
// the visit and is returned unchanged; a panic in fn is re-raised here, after Rust has returned.
func Visit(values []int64, fn func(value, runningTotal int64) error) error {
	st := &visit{fn: fn}
	h := cgo.NewHandle(st)
	defer h.Delete()
	// The handle is an integer, not a pointer: no Go pointer is handed to C.
	rc := C.interlock_panic_containment_visit((*C.int64_t)(unsafe.SliceData(values)), C.size_t(len(values)),
		C.interlock_visit_fn(C.interlockVisitGo), C.uintptr_t(h))
	if st.panicked {
		panic(st.value) // Rust's frames are gone now: unwinding the Go stack is safe again
	}
	switch rc {
	case C.INTERLOCK_OK:
		return nil
	case C.INTERLOCK_CALLBACK_FAILED:
		return st.err
	case C.INTERLOCK_BUSY:
		return ErrBusy
	case C.INTERLOCK_PANICKED:
		return ErrPanicked
	default:
		return errors.New("unexpected status")
	}
}
