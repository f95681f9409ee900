//go:build broken_length

// BROKEN (length mismatch): passes the length in characters where Rust expects bytes.

package strings

// #include "st.h"
import "C"

import (
	"unicode/utf8"
	"unsafe"
)

func cString(s string) *C.char { return C.CString(s) }

// stringArg lends Rust the bytes of s. Wrong: RuneCountInString counts characters, not bytes
// (the same number for ASCII, fewer as soon as one character needs more than one byte), so Rust
// sees a cut-off string, sometimes cut in the middle of a character.
func stringArg(s string) (*C.uint8_t, C.size_t) {
	return (*C.uint8_t)(unsafe.StringData(s)), C.size_t(utf8.RuneCountInString(s))
}
