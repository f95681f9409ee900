//go:build broken_go_panic_unwinds

// BROKEN: the callback lets a Go panic escape into the Rust frames that called it.
package paniccontainment

// #include "panic_containment.h"
import "C"

import "runtime/cgo"

// No recover: a panic in st.fn unwinds the Go stack straight past interlock_panic_containment_visit.
// The Go runtime skips the Rust frames without running their destructors, so the visit lock is
// never released and every later Visit gets ErrBusy, even after the caller recovered the panic.
//
//export interlockVisitGo
func interlockVisitGo(ctx C.uintptr_t, value, runningTotal C.int64_t) C.int32_t {
	st := cgo.Handle(ctx).Value().(*visit)
	if err := st.fn(int64(value), int64(runningTotal)); err != nil {
		st.err = err
		return 1
	}
	return 0
}
