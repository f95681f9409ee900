// Package cancellation maps a context.Context onto a Rust cancel token without ever abandoning a call.
package cancellation

/*
#cgo LDFLAGS: -linterlock_cancellation -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "cancellation.h"
*/
import "C"

import "unsafe"

// result is what the goroutine running the Rust call reports when Rust returns.
type result struct {
	rc  C.int32_t
	sum uint64
}

// InFlight reports how many Send calls are running inside Rust right now (a gauge for metrics).
func InFlight() int { return int(C.interlock_cancellation_in_flight()) }

// start runs the blocking Rust call on its own goroutine, so the caller can watch ctx meanwhile.
// The channel delivers exactly one result: the moment Rust has let go of data and tok.
func start(data []byte, tok *C.interlock_cancel_token) <-chan result {
	done := make(chan result, 1)
	go func() {
		var sum C.uint64_t
		rc := C.interlock_cancellation_send((*C.uint8_t)(unsafe.SliceData(data)), C.size_t(len(data)), tok, &sum)
		done <- result{rc, uint64(sum)}
	}()
	return done
}
