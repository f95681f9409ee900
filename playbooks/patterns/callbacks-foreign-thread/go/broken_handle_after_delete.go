//go:build broken_handle_after_delete

// BROKEN (handle deleted too early): Stop deletes the handle before Rust's thread has stopped.

package callbacksforeignthread

// #include "ticker.h"
import "C"

// Stop ends the subscription and returns how many ticks were delivered.
func (s *Subscription) Stop() uint64 {
	s.stopOnce.Do(func() {
		// Wrong order: Rust still holds the handle's number and calls back at least once more
		// (TICK_STOPPED, during ticker_stop; or a tick that was already under way). That
		// callback looks up a deleted handle and panics on Rust's thread, which kills the process.
		s.h.Delete()
		C.ticker_stop(s.t)
	})
	s.reraise() // a panic in fn, recovered on Rust's thread, surfaces here
	return s.total
}
