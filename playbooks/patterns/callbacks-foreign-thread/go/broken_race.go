//go:build broken_race

// BROKEN (data race): the delivered-ticks counter is a plain integer.

package callbacksforeignthread

// Wrong: add runs on Rust's thread inside the callback while load runs on the caller's
// goroutine. A callback is Go code on another thread; it needs the same synchronisation as any
// other goroutine. The race detector instruments it like any Go code, and reports the pair.
type counter struct{ n uint64 }

func (c *counter) add()         { c.n++ }
func (c *counter) load() uint64 { return c.n }
