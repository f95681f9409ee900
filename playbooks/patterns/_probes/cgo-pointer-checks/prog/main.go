// What cgo's default pointer check (and GOEXPERIMENT=cgocheck2) catches: a Go pointer inside the memory an
// argument points to, a Go pointer returned from an exported callback, and what a typed byte pointer hides.
package main

/*
#include <stdint.h>

static void take_void(void *p) { (void)p; }
static void take_bytes(const uint8_t *p) { (void)p; }

// Calls the exported Go function goResult, as a C library would call a registered callback.
void call_go_result(void);
*/
import "C"

import (
	"fmt"
	"os"
	"unsafe"
)

// A value whose first word is a Go pointer: the shape cgo's check looks inside for.
type holder struct{ p *int }

type sliceHolder struct{ s []byte }

var kept = new(int)

//export goResult
func goResult() *C.int { return (*C.int)(unsafe.Pointer(kept)) }

func main() {
	switch os.Args[1] {
	case "void-pointer":
		C.take_void(unsafe.Pointer(&holder{p: new(int)}))
	case "void-slice":
		C.take_void(unsafe.Pointer(&sliceHolder{s: make([]byte, 8)}))
	case "void-variable":
		h := &holder{p: new(int)}
		p := unsafe.Pointer(h)
		C.take_void(p)
	case "void-byte-cast":
		C.take_void(unsafe.Pointer((*byte)(unsafe.Pointer(&holder{p: new(int)}))))
	case "typed-bytes":
		C.take_bytes((*C.uint8_t)(unsafe.Pointer(&holder{p: new(int)})))
	case "result":
		C.call_go_result()
	}
	fmt.Println("returned")
}
