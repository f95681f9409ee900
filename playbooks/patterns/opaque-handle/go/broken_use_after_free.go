//go:build broken_use_after_free

// BROKEN (use after free): Close frees the Rust meter but keeps the pointer.

package opaquehandle

// #include "meter.h"
import "C"

// Close frees the Rust meter.
func (m *Meter) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.cleanup.Stop()
	C.meter_free(m.h)
	// Wrong: m.h still holds the freed pointer, so the nil checks in Add and Samples never fire
	// and the next call hands Rust freed memory.
	return nil
}
