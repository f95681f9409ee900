//go:build !broken_c_free

// Free gives the buffer back to the allocator that made it: Rust's, through rb_free.

package rustownedbuffer

// #include "buffer.h"
import "C"

// Free returns the memory to Rust. It is idempotent; Bytes returns nil afterwards.
func (b *Buffer) Free() {
	C.rb_free(b.raw) // ptr, len and cap exactly as Rust gave them
	b.raw = C.RBuf{}
}
