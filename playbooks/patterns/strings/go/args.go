//go:build !broken_missing_nul && !broken_length

// How Go strings are handed over: a NUL-terminated C copy, or the bytes in place with a byte length.

package strings

// #include "st.h"
import "C"

import "unsafe"

// cString copies s to the C heap with a terminating NUL; the caller frees it with C.free.
func cString(s string) *C.char { return C.CString(s) }

// stringArg lends Rust the bytes of s in place for one call. The length is in bytes, which is
// what Rust's from_raw_parts needs; a Go string carries no NUL, so the length is the only bound.
func stringArg(s string) (*C.uint8_t, C.size_t) {
	return (*C.uint8_t)(unsafe.StringData(s)), C.size_t(len(s))
}
