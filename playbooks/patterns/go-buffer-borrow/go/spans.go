//go:build !broken_c_spans

// ChecksumAll lends several Go buffers at once through a gather list of pinned pointers.

package gobufferborrow

// #include "borrow.h"
import "C"

import (
	"runtime"
	"unsafe"
)

// ChecksumAll returns the checksum of the concatenation of bufs, in one call.
func ChecksumAll(bufs ...[]byte) uint32 {
	if len(bufs) == 0 {
		return uint32(C.bb_checksum_spans(nil, 0))
	}
	// The span list is Go memory that holds Go pointers. The cgo rules allow passing it only if
	// every pointer inside is pinned; the Pinner keeps each buffer in place until Unpin.
	var pin runtime.Pinner
	defer pin.Unpin()
	spans := make([]C.Span, len(bufs))
	for i, b := range bufs {
		if len(b) == 0 {
			continue // stays {nil, 0}: an empty slice with capacity still points at unpinned Go memory
		}
		pin.Pin(unsafe.SliceData(b))
		spans[i] = C.Span{ptr: (*C.uint8_t)(unsafe.SliceData(b)), len: C.size_t(len(b))}
	}
	return uint32(C.bb_checksum_spans(unsafe.SliceData(spans), C.size_t(len(spans))))
}
