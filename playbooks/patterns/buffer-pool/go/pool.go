// Package bufferpool lends fixed-size blocks from a Rust-owned pool and frees them all at once.
package bufferpool

/*
#cgo LDFLAGS: -linterlock_buffer_pool -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "buffer_pool.h"
*/
import "C"

import (
	"errors"
	"sync"
	"unsafe"
)

var (
	ErrExhausted = errors.New("bufferpool: every block is lent")
	ErrNotLent   = errors.New("bufferpool: not a block this pool has lent")
	ErrInUse     = errors.New("bufferpool: blocks are still lent")
	ErrClosed    = errors.New("bufferpool: pool is closed")
)

// Pool is a set of equal blocks in Rust memory. The mutex serialises calls: the Rust pool is not Sync.
type Pool struct {
	mu   sync.Mutex
	p    *C.Pool
	size int
}

// New creates a pool of count blocks of size bytes each, allocated once.
func New(size, count int) (*Pool, error) {
	if size <= 0 || count <= 0 {
		return nil, errors.New("bufferpool: size and count must be positive")
	}
	p := C.pool_new(C.size_t(size), C.size_t(count))
	if p == nil {
		return nil, errors.New("bufferpool: pool_new failed")
	}
	return &Pool{p: p, size: size}, nil
}

// Get lends one block. The slice views Rust memory: it is valid until Put or Close, and must not be
// kept, resliced past its length or appended to after Put.
func (p *Pool) Get() ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.p == nil {
		return nil, ErrClosed
	}
	b := C.pool_get(p.p)
	if b == nil {
		return nil, ErrExhausted
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(b)), p.size), nil
}

// Put hands a block back. A block handed back twice, or any other slice, gets ErrNotLent.
func (p *Pool) Put(b []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.p == nil {
		return ErrClosed
	}
	if C.pool_put(p.p, (*C.uint8_t)(unsafe.SliceData(b))) != C.POOL_OK {
		return ErrNotLent
	}
	return nil
}

// Close frees every block at once. While blocks are lent it returns ErrInUse and frees nothing.
func (p *Pool) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.p == nil {
		return nil
	}
	if C.pool_free(p.p) == C.POOL_IN_USE {
		return ErrInUse
	}
	p.p = nil
	return nil
}
