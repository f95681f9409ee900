//go:build !broken_go_panic_unwinds

// The Go function Rust calls during Visit: it must return to Rust, whatever the user's code does.
package paniccontainment

// #include "panic_containment.h"
import "C"

import "runtime/cgo"

// A Go panic that leaves this function would not unwind Rust's frames: the runtime skips them, so
// their destructors never run (here: the visit lock stays held forever). So recover, stash the
// value, tell Rust to stop, and let Visit re-panic once Rust has returned normally.
//
//export interlockVisitGo
func interlockVisitGo(ctx C.uintptr_t, value, runningTotal C.int64_t) (rc C.int32_t) {
	st := cgo.Handle(ctx).Value().(*visit)
	defer func() {
		if r := recover(); r != nil {
			st.panicked, st.value = true, r
			rc = 1
		}
	}()
	if err := st.fn(int64(value), int64(runningTotal)); err != nil {
		st.err = err
		return 1
	}
	return 0
}
