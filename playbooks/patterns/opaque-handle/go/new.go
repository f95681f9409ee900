//go:build !broken_leak

// New: create then configure; a failed configure must not leak the handle it just created.

package opaquehandle

// #include "meter.h"
import "C"

// New returns a Meter that keeps the last window samples (1..65536; Rust checks the range).
func New(window int) (*Meter, error) {
	h := C.meter_new()
	if err := statusErr("set window", C.meter_set_window(h, C.size_t(window))); err != nil {
		C.meter_free(h) // the handle is not wrapped yet, so nothing else will ever free it
		return nil, err
	}
	return wrap(h, window), nil
}
