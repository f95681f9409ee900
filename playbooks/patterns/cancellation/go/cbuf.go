// C-heap buffers for the tests: memory whose use after free -asan can see.
package cancellation

// #include <stdlib.h>
import "C"

import "unsafe"

// cAlloc returns n bytes of C heap as a slice. It stands in for memory the caller owns outside Go's
// heap (an mmap'd file, a pooled or C-allocated buffer). Go memory would hide the bug the tests
// look for: the GC keeps a buffer alive while a cgo call still has it, and ASan does not track it.
func cAlloc(n int) []byte {
	return unsafe.Slice((*byte)(C.malloc(C.size_t(n))), n)
}

func cFree(b []byte) { C.free(unsafe.Pointer(unsafe.SliceData(b))) }
