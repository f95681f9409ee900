// Package gobufferborrow lends Go byte slices to Rust for exactly one call each.
package gobufferborrow

/*
#cgo LDFLAGS: -linterlock_go_buffer_borrow -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "borrow.h"
*/
import "C"

import (
	"errors"
	"sync"
	"unsafe"
)

// ptr is how a Go slice is lent: its data pointer (nil for a nil slice) and its length. The cgo
// rules allow passing it because the bytes hold no Go pointers, and the runtime keeps the slice
// alive and in place until the call returns. It must not be used after that.
func ptr(b []byte) (*C.uint8_t, C.size_t) {
	return (*C.uint8_t)(unsafe.SliceData(b)), C.size_t(len(b))
}

// Checksum returns the FNV-1a checksum of b, computed by Rust while it borrows b.
func Checksum(b []byte) uint32 {
	p, n := ptr(b)
	return uint32(C.bb_checksum(p, n))
}

// Seen is a set of byte strings kept by Rust. Rust copies each key: the caller may reuse its
// buffer as soon as Insert returns.
type Seen struct {
	mu sync.Mutex
	h  *C.Seen
}

// ErrClosed is returned after Close.
var ErrClosed = errors.New("gobufferborrow: set is closed")

func NewSeen() *Seen { return &Seen{h: C.seen_new()} }

// Insert adds key and reports whether it was new.
func (s *Seen) Insert(key []byte) (bool, error) {
	p, n := ptr(key)
	return s.insert(p, n)
}

func (s *Seen) insert(p *C.uint8_t, n C.size_t) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.h == nil {
		return false, ErrClosed
	}
	switch C.seen_insert(s.h, p, n) {
	case 1:
		return true, nil
	case 0:
		return false, nil
	default:
		return false, errors.New("gobufferborrow: invalid argument")
	}
}

// Close frees the Rust set; it is idempotent.
func (s *Seen) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	C.seen_free(s.h)
	s.h = nil
}
