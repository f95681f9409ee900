//go:build broken_c_free

// BROKEN (C.free on Rust memory): frees the buffer with libc instead of handing it back to Rust.

package rustownedbuffer

// #include <stdlib.h>
// #include "buffer.h"
import "C"

import "unsafe"

// Free releases the buffer. It is idempotent; Bytes returns nil afterwards.
func (b *Buffer) Free() {
	// Wrong: Rust's global allocator happens to sit on malloc today, so this "works", but the
	// memory belongs to Rust's allocator. Rust never hears about the free: an instrumented or
	// pooling allocator (or a future switch to jemalloc or mimalloc) is corrupted or leaks.
	C.free(unsafe.Pointer(b.raw.ptr))
	b.raw = C.RBuf{}
}
