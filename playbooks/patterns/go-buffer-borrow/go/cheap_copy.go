// Test support: lend Rust a C-heap copy of a key, so ASan can see Rust keep a loan too long.

package gobufferborrow

// #include <stdlib.h>
// #include "borrow.h"
import "C"

// insertCHeapCopy is Insert with the key lent from the C heap and freed as soon as the call
// returns. A Go buffer stays valid while Go references it, so a retained Go pointer reads stale
// but mapped memory and no tool fires; a freed C buffer is poisoned, so ASan reports any read
// that Rust makes through a pointer it kept.
func (s *Seen) insertCHeapCopy(key []byte) (bool, error) {
	c := C.CBytes(key)
	defer C.free(c)
	return s.insert((*C.uint8_t)(c), C.size_t(len(key)))
}
