//go:build broken_leak

// BROKEN (leak): the error path returns without freeing the handle it just created.

package opaquehandle

// #include "meter.h"
import "C"

// New returns a Meter that keeps the last window samples (1..65536; Rust checks the range).
func New(window int) (*Meter, error) {
	h := C.meter_new()
	if err := statusErr("set window", C.meter_set_window(h, C.size_t(window))); err != nil {
		// Wrong: h is not wrapped yet, so no Close and no cleanup will ever free it.
		return nil, err
	}
	return wrap(h, window), nil
}
