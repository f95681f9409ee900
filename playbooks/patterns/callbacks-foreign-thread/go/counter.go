//go:build !broken_race

// The delivered-ticks counter: written on Rust's thread, read from any goroutine, so atomic.

package callbacksforeignthread

import "sync/atomic"

type counter struct{ n atomic.Uint64 }

func (c *counter) add()         { c.n.Add(1) }
func (c *counter) load() uint64 { return c.n.Load() }
