//go:build !broken_use_after_free && !broken_double_free

// Close: free once, forget the pointer, and cancel the safety net.

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
	m.cleanup.Stop() // Rust is about to free the handle; the GC must not free it again
	C.meter_free(m.h)
	m.h = nil // every method checks this, so a stale call gets ErrClosed, not freed memory
	return nil
}
