// Crashes in the way named by its argument, so the probe can record what the Go runtime prints.
package main

/*
#cgo LDFLAGS: -lprobe_crash -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stdint.h>
int32_t crash_null_read(void);
int32_t crash_on_rust_thread(void);
uint64_t crash_stack_overflow(uint64_t depth);
extern void goCallback(void);
static void call_go(void) { goCallback(); }
*/
import "C"

import (
	"fmt"
	"os"
)

var nilMap *struct{ n int }

//export goCallback
func goCallback() { fmt.Println(nilMap.n) } // a nil dereference in Go code that C called

func main() {
	switch os.Args[1] {
	case "rust-null":
		C.crash_null_read()
	case "rust-thread":
		C.crash_on_rust_thread()
	case "rust-overflow":
		C.crash_stack_overflow(0)
	case "go-nil-in-callback":
		C.call_go()
	}
}
