//go:build broken_missing_nul

// BROKEN (missing NUL): the C copy of the name has no terminator.

package strings

// #include <stdlib.h>
// #include "st.h"
import "C"

import "unsafe"

// cString copies s to the C heap. Wrong: C.CBytes copies exactly len(s) bytes and adds no NUL,
// so Rust's CStr::from_ptr (strlen) runs past the end of the allocation looking for one.
func cString(s string) *C.char { return (*C.char)(C.CBytes([]byte(s))) }

func stringArg(s string) (*C.uint8_t, C.size_t) {
	return (*C.uint8_t)(unsafe.StringData(s)), C.size_t(len(s))
}
