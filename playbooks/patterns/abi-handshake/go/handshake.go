// Package abihandshake binds interlock_abi_handshake and refuses to call a library built for another ABI.
package abihandshake

/*
#cgo LDFLAGS: -linterlock_abi_handshake -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "abi_handshake.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"time"
)

// Version is a C ABI version: the major changes on any break, the minor when functions are added.
type Version struct{ Major, Minor uint32 }

func (v Version) String() string { return fmt.Sprintf("%d.%d", v.Major, v.Minor) }

// ErrIncompatibleABI is returned by every call when the linked library cannot serve this binding.
var ErrIncompatibleABI = errors.New("incompatible native library ABI")

// Binding is the ABI this package was compiled against: it comes from the header, at build time.
var Binding = Version{C.INTERLOCK_ABI_HANDSHAKE_MAJOR, C.INTERLOCK_ABI_HANDSHAKE_MINOR}

// Library is the ABI of the code that was actually linked (a static archive or a shared object
// swapped under us at deploy time): it comes from the library, at run time.
func Library() Version {
	v := C.interlock_abi_handshake_version()
	return Version{uint32(v.major), uint32(v.minor)}
}

// abiErr is decided once, when the package initialises, before any other call can reach the library.
// Refusing with an error (not a panic) lets the program report it and degrade instead of crashing.
var abiErr = Compatible(Library(), Binding)

// Check reports whether the linked library can serve this binding; call it at start-up to fail fast.
func Check() error { return abiErr }

// EffectiveTimeout asks the library how it will clamp a timeout.
func EffectiveTimeout(d time.Duration) (time.Duration, error) {
	if abiErr != nil {
		return 0, abiErr // never call into a library whose arguments may mean something else
	}
	ms := C.interlock_abi_handshake_effective_timeout_ms(C.uint32_t(min(d.Milliseconds(), 1<<32-1)))
	return time.Duration(ms) * time.Millisecond, nil
}
