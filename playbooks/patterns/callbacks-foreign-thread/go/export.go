// The exported entry point that Rust's thread calls; it turns the context word back into Go state.

package callbacksforeignthread

// #include <stdint.h>
import "C"

import "runtime/cgo"

// goTick is called by Rust on its own thread. The Go runtime attaches that thread on entry, so
// this is ordinary Go code. A panic that leaves it cannot unwind into Rust: it ends the process.
//
//export goTick
func goTick(ctx C.uintptr_t, event C.int32_t, value C.uint64_t) {
	// A deleted handle panics here, before the recover: that is a teardown bug and must be loud.
	s := cgo.Handle(ctx).Value().(*Subscription)
	defer s.recoverCallback()
	s.deliver(event, uint64(value))
}

// recoverCallback keeps a panic in the subscriber's fn on this side of the boundary: the ticker
// goes on, and Stop re-raises the first such panic on the goroutine that stops it. Only the one
// Rust thread writes panicked, and Stop reads it after ticker_stop has joined that thread.
func (s *Subscription) recoverCallback() {
	if r := recover(); r != nil && s.panicked == nil {
		s.panicked = r
	}
}

// reraise panics with the value recoverCallback kept, once Rust's thread has stopped.
func (s *Subscription) reraise() {
	if s.panicked != nil {
		panic(s.panicked)
	}
}
