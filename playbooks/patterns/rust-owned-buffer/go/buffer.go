// Package rustownedbuffer reads buffers that Rust allocated and gives each one back to Rust.
package rustownedbuffer

/*
#cgo LDFLAGS: -linterlock_rust_owned_buffer -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "buffer.h"
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// Buffer is memory that Rust allocated. Bytes is a zero-copy view of it, valid until Free.
type Buffer struct {
	raw C.RBuf // exactly what Rust returned: Free hands back all three fields unchanged
}

// Join formats values as "1,22,333" in a Rust-owned buffer. The caller must call Free.
func Join(values []uint64) (*Buffer, error) {
	b := &Buffer{}
	// values is lent for this call only (see the go-buffer-borrow pattern).
	rc := C.rb_join((*C.uint64_t)(unsafe.SliceData(values)), C.size_t(len(values)), &b.raw)
	if rc != C.RB_OK {
		return nil, fmt.Errorf("rustownedbuffer: join: status %d", int32(rc))
	}
	return b, nil
}

// Bytes returns a view of Rust's memory, not a copy: do not keep it, or write to it, after Free.
func (b *Buffer) Bytes() []byte {
	if b.raw.ptr == nil {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(b.raw.ptr)), int(b.raw.len))
}

// String copies the contents into Go memory, which stays valid after Free.
func (b *Buffer) String() string { return string(b.Bytes()) }

// rustLiveAllocations reads the Rust ledger (_shared/rust/ledger.rs): how many Rust allocations
// are live right now. Tests compare it before and after a batch of calls.
func rustLiveAllocations() int { return int(C.interlock_rust_owned_buffer_ledger_live()) }
