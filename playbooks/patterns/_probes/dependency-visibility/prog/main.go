// Calls the Rust staticlib once, so the binary really contains the Rust code and its dependency.
package main

/*
#cgo LDFLAGS: -lprobe_depvis -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stddef.h>
#include <stdint.h>
uint8_t depvis_sum(const uint8_t *p, size_t len);
*/
import "C"

import (
	"fmt"
	"unsafe"
)

func main() {
	b := []byte{1, 2, 3}
	fmt.Println(C.depvis_sum((*C.uint8_t)(unsafe.Pointer(&b[0])), C.size_t(len(b))))
}
