//go:build broken_last_error

// BROKEN: the same wrapper over a thread-local "last error" API, the errno/GetLastError style.
package errortranslation

/*
#cgo LDFLAGS: -linterlock_error_translation -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "error_translation.h"

// Only the broken-last-error build of the Rust library exports these two, so only this file declares them.
int32_t interlock_error_translation_parse_port_tls(const uint8_t *s, size_t len, uint16_t *out);
size_t interlock_error_translation_last_error(char *buf, size_t cap);
*/
import "C"

import (
	"runtime"
	"unsafe"
)

// ParsePort makes two cgo calls. Between them (runtime.Gosched stands in for a log line, a metric or
// a channel send) other goroutines run on this OS thread and overwrite its last error, or this
// goroutine resumes on another thread: the second call reads someone else's message, or none.
// runtime.LockOSThread around both calls would fix it; an out-parameter removes the problem instead.
func ParsePort(s string) (uint16, error) {
	var port C.uint16_t
	rc := C.interlock_error_translation_parse_port_tls((*C.uint8_t)(unsafe.Pointer(unsafe.StringData(s))),
		C.size_t(len(s)), &port)
	if rc == C.INTERLOCK_OK {
		return uint16(port), nil
	}
	runtime.Gosched()
	var buf [256]C.char
	n := C.interlock_error_translation_last_error(&buf[0], C.size_t(len(buf)))
	return 0, &Error{Op: "ParsePort", Code: Code(rc), Message: C.GoStringN(&buf[0], C.int(n))}
}
