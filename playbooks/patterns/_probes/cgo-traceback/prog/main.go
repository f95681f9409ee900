// Crashes or spins inside Rust, with or without a cgo traceback function registered, so the probe can
// compare what a crash dump and a CPU profile show of the Rust frames.
package main

/*
#cgo LDFLAGS: -lprobe_trace -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stdint.h>
uint64_t trace_read(const uint64_t *p);
uint64_t trace_spin(uint64_t rounds);
void interlock_traceback(void *);
void interlock_symbolizer(void *);
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"
	"unsafe"
)

func main() {
	mode, traced := os.Args[1], os.Args[2] == "traced"
	if traced {
		// Version 0 is the only one; no context function, so only signals in C or Rust code are traced.
		runtime.SetCgoTraceback(0, unsafe.Pointer(C.interlock_traceback), nil, unsafe.Pointer(C.interlock_symbolizer))
	}
	switch mode {
	case "crash":
		C.trace_read(nil)
	case "profile":
		f, err := os.Create(os.Args[3])
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		for start := time.Now(); time.Since(start) < time.Second; {
			C.trace_spin(1 << 20)
		}
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
	}
}
