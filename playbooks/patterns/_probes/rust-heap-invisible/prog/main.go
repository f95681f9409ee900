// Holds memory in Rust, then prints the process's resident size next to Go's own memory metrics.
package main

/*
#cgo LDFLAGS: -lprobe_rust_heap -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stddef.h>
#include <stdint.h>
int32_t heap_hold_mib(size_t mib);
*/
import "C"

import (
	"fmt"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
)

// residentMiB reads the resident set size from /proc/self/statm (Linux), in MiB.
func residentMiB() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		panic(err)
	}
	pages, err := strconv.ParseUint(strings.Fields(string(b))[1], 10, 64)
	if err != nil {
		panic(err)
	}
	return pages * uint64(os.Getpagesize()) >> 20
}

func main() {
	if C.heap_hold_mib(200) != 0 {
		panic("heap_hold_mib failed")
	}
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/gc/heap/goal:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	fmt.Printf("resident MiB: %d\n", residentMiB())
	fmt.Printf("go total MiB: %d\n", s[0].Value.Uint64()>>20)
	fmt.Printf("go heap goal MiB: %d\n", s[1].Value.Uint64()>>20)
	fmt.Printf("gc cycles: %d\n", s[2].Value.Uint64())
}
