//go:build !broken_last_error

// Package errortranslation wraps a Rust parser whose errors come back through an out-parameter.
package errortranslation

/*
#cgo LDFLAGS: -linterlock_error_translation -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "error_translation.h"
*/
import "C"

import "unsafe"

// ParsePort parses a TCP port. The code and the message arrive in the same call, in memory this
// goroutine owns, so they cannot belong to anyone else's call whatever thread ran it.
func ParsePort(s string) (uint16, error) {
	var port C.uint16_t
	// Its address goes to C, so escape analysis puts it on the heap; it holds no Go pointers, so C may fill it.
	var e C.interlock_error
	rc := C.interlock_error_translation_parse_port((*C.uint8_t)(unsafe.Pointer(unsafe.StringData(s))),
		C.size_t(len(s)), &port, &e)
	if rc != C.INTERLOCK_OK {
		msg := C.GoStringN(&e.message[0], C.int(e.message_len))
		return 0, &Error{Op: "ParsePort", Code: Code(rc), Message: msg}
	}
	return uint16(port), nil
}
