// Writes the environment from Go and from Rust, and prints what each side then reads.
package main

/*
#cgo LDFLAGS: -lprobe_env -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stddef.h>
size_t env_rust_reads(char *out, size_t cap);
void env_rust_writes(void);
*/
import "C"

import (
	"fmt"
	"os"
	"unsafe"
)

func rustReads() string {
	b := make([]byte, 64)
	n := C.env_rust_reads((*C.char)(unsafe.Pointer(unsafe.SliceData(b))), C.size_t(len(b)))
	return string(b[:n])
}

func main() {
	if err := os.Setenv("INTERLOCK_PROBE", "from-go"); err != nil {
		panic(err)
	}
	fmt.Println("after os.Setenv, Rust reads:", rustReads())
	C.env_rust_writes()
	fmt.Println("after std::env::set_var, Go reads:", os.Getenv("INTERLOCK_PROBE"))
	fmt.Println("after std::env::set_var, Rust reads:", rustReads())
}
