// The exported entry point that Rust's thread calls; it turns the context word back into Go state.

package callbacksforeignthread

// #include <stdint.h>
import "C"

import "runtime/cgo"

// goTick is called by Rust on its own thread. The Go runtime attaches that thread on entry, so
// this is ordinary Go code. A panic here cannot unwind into Rust: it ends the process.
//
//export goTick
func goTick(ctx C.uintptr_t, event C.int32_t, value C.uint64_t) {
	s := cgo.Handle(ctx).Value().(*Subscription) // panics if the handle was already deleted
	s.deliver(event, uint64(value))
}
