// Spins in foreign code for two seconds under the Go CPU profiler, then prints the CPU time it used.
package main

/*
#include <stdint.h>
// A busy loop in foreign code: the profiler treats C and Rust called through cgo alike.
static uint64_t spin(uint64_t n) { volatile uint64_t x = 0; for (uint64_t i = 0; i < n; i++) x += i; return x; }
*/
import "C"

import (
	"fmt"
	"os"
	"runtime/pprof"
	"syscall"
	"time"
)

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	start := time.Now()
	for time.Since(start) < 2*time.Second {
		C.spin(10_000_000)
	}
	pprof.StopCPUProfile()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	fmt.Printf("wall %v, user CPU %v\n", time.Since(start).Round(time.Millisecond), time.Duration(ru.Utime.Nano()).Round(time.Millisecond))
}
