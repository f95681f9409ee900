//go:build broken_double_free

// BROKEN (double free): Close frees the handle but leaves the GC safety net armed.

package opaquehandle

// #include "meter.h"
import "C"

// Close frees the Rust meter. It is idempotent, and later calls on m return ErrClosed.
func (m *Meter) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.h == nil {
		return nil
	}
	// Wrong: no m.cleanup.Stop(). Once m is unreachable, the GC runs the cleanup registered in
	// wrap and frees the same handle a second time, long after Close, on another goroutine.
	C.meter_free(m.h)
	m.h = nil
	return nil
}
