// Package strings crosses strings both ways: C strings with a NUL, and pointer + length.
package strings

/*
#cgo LDFLAGS: -linterlock_strings -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stdlib.h>
#include "st.h"
*/
import "C"

import (
	"errors"
	gostrings "strings"
	"unsafe"
)

var (
	ErrNUL  = errors.New("strings: text contains a NUL byte, which a C string cannot carry")
	ErrUTF8 = errors.New("strings: text is not valid UTF-8")
)

func statusErr(rc C.int32_t) error {
	switch rc {
	case C.ST_OK:
		return nil
	case C.ST_ERR_UTF8:
		return ErrUTF8
	case C.ST_ERR_NUL:
		return ErrNUL
	default:
		return errors.New("strings: invalid argument")
	}
}

// take copies a Rust-owned C string into Go memory and gives it back to Rust's allocator.
func take(out *C.char) string {
	defer C.st_string_free(out) // Rust's free, not C.free: Rust allocated it
	return C.GoString(out)
}

// Greet returns "Hello, <name>!" using the NUL-terminated C string convention.
func Greet(name string) (string, error) {
	// C.CString would silently cut the name at its first NUL byte: refuse instead.
	if gostrings.IndexByte(name, 0) >= 0 {
		return "", ErrNUL
	}
	cname := cString(name)
	defer C.free(unsafe.Pointer(cname))
	var out *C.char
	if err := statusErr(C.st_greet(cname, &out)); err != nil {
		return "", err
	}
	return take(out), nil
}

// Upper returns s in upper case using the pointer + length convention: no copy, no NUL.
func Upper(s string) (string, error) {
	p, n := stringArg(s)
	var out *C.char
	if err := statusErr(C.st_upper(p, n, &out)); err != nil {
		return "", err
	}
	return take(out), nil
}
