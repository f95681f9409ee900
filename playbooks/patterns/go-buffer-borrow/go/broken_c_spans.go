//go:build broken_c_spans

// BROKEN (Go pointers stored in C memory): the gather list lives on the C heap, unpinned.

package gobufferborrow

// #include <stdlib.h>
// #include "borrow.h"
import "C"

import "unsafe"

// ChecksumAll returns the checksum of the concatenation of bufs, in one call.
func ChecksumAll(bufs ...[]byte) uint32 {
	if len(bufs) == 0 {
		return uint32(C.bb_checksum_spans(nil, 0))
	}
	// Wrong: a Go-memory span list holding unpinned Go pointers makes the default cgo check
	// panic, so this version moves the list to C memory, where the default check does not look.
	// The rule is still broken: Go pointers may not be stored in C memory unless pinned. The GC
	// cannot see these copies, and C may hold them longer than Go keeps the buffers alive.
	spans := unsafe.Slice((*C.Span)(C.malloc(C.size_t(len(bufs))*C.sizeof_Span)), len(bufs))
	defer C.free(unsafe.Pointer(unsafe.SliceData(spans)))
	for i, b := range bufs {
		p, n := ptr(b)
		spans[i] = C.Span{ptr: p, len: n}
	}
	return uint32(C.bb_checksum_spans(unsafe.SliceData(spans), C.size_t(len(spans))))
}
