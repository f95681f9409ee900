// Calls the probe's Rust exports with an aligned and a misaligned address, and one that panics.
package main

/*
#cgo LDFLAGS: -lprobe_debug_checks -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stddef.h>
#include <stdint.h>
int64_t dc_read_u64(const uint8_t *buf, size_t offset);
int64_t dc_panic(void);
*/
import "C"

import (
	"fmt"
	"os"
)

func main() {
	// 16 bytes from Go's allocator start at a multiple of 16, so offset 1 is misaligned for a u64.
	buf := []byte{1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0}
	switch os.Args[1] {
	case "aligned":
		fmt.Println("read:", C.dc_read_u64((*C.uint8_t)(&buf[0]), 8))
	case "misaligned":
		fmt.Println("read:", C.dc_read_u64((*C.uint8_t)(&buf[0]), 1))
	case "panic":
		fmt.Println("caught:", C.dc_panic())
	}
}
