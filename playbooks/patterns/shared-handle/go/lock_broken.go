//go:build broken_no_lock

// BROKEN: no lock, as if the Rust handle were thread-safe.
package sharedhandle

// handleLock does nothing. The wrapper still compiles, the Go fields are only read, and -race has
// nothing to report; meanwhile two goroutines on two OS threads run Rust's read-modify-writes
// on the same histogram at once. Without the busy flag that is silent lost updates (undefined
// behaviour in Rust terms); with it, the process aborts at the first overlap.
type handleLock struct{}

func (*handleLock) Lock()   {}
func (*handleLock) Unlock() {}
