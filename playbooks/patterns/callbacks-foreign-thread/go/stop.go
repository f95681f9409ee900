//go:build !broken_handle_after_delete

// Stop tears down in reverse order of setup: stop Rust's thread first, then delete the handle.

package callbacksforeignthread

// #include "ticker.h"
import "C"

// Stop ends the subscription and returns how many ticks were delivered. No callback runs after
// it returns. It is idempotent, and must not be called from inside fn.
func (s *Subscription) Stop() uint64 {
	s.stopOnce.Do(func() {
		C.ticker_stop(s.t) // returns after Rust's last callback (TICK_STOPPED) has returned
		s.h.Delete()       // only now can no callback use the handle any more
	})
	s.reraise() // a panic in fn, recovered on Rust's thread, surfaces here
	return s.total
}
