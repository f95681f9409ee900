// Measures the cost of a crossing and of each safety measure with testing.Benchmark, and prints one row each.
package main

/*
#cgo LDFLAGS: -lprobe_costs -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#cgo noescape bc_first_ne
#cgo nocallback bc_first_ne
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
void bc_empty(void);
int32_t bc_guarded(void);
int32_t bc_busy(void);
uint8_t bc_first(const uint8_t *p, size_t len);
void bc_call_back(void (*cb)(void), uint64_t n);
int32_t bc_thread_calls(void (*cb)(void), uint64_t n);
extern void goNoop(void);
// Two names for the same read, so that only one carries the noescape and nocallback promises.
static uint8_t bc_first_ne(const uint8_t *p, size_t len) { return bc_first(p, len); }
static uint8_t bc_first_esc(const uint8_t *p, size_t len) { return bc_first(p, len); }
*/
import "C"

import (
	"flag"
	"fmt"
	"runtime"
	"runtime/cgo"
	"testing"
	"time"
	"unsafe"
)

//export goNoop
func goNoop() {}

//go:noinline
func goCall() {}

type row struct {
	name string
	fn   func(b *testing.B)
}

func lend(n int) row {
	buf := make([]byte, n)
	return row{fmt.Sprintf("lend %d B for the call", n), func(b *testing.B) {
		for b.Loop() {
			C.bc_first((*C.uint8_t)(unsafe.SliceData(buf)), C.size_t(len(buf)))
		}
	}}
}

func copyCall(n int) row {
	buf := make([]byte, n)
	return row{fmt.Sprintf("copy %d B to C, call, free", n), func(b *testing.B) {
		for b.Loop() {
			p := C.CBytes(buf)
			C.bc_first((*C.uint8_t)(p), C.size_t(len(buf)))
			C.free(p)
		}
	}}
}

func main() {
	testing.Init()
	flag.Parse()
	rows := append(crossingRows(), callbackRows()...)
	for _, n := range []int{64, 4 << 10, 64 << 10, 1 << 20} {
		rows = append(rows, lend(n), copyCall(n))
	}
	for _, r := range rows {
		res := testing.Benchmark(r.fn)
		fmt.Printf("%-44s %10.1f ns/op %3d allocs/op\n", r.name, float64(res.T.Nanoseconds())/float64(res.N), res.AllocsPerOp())
	}
}

func crossingRows() []row {
	return []row{
		{"Go function call (not inlined)", func(b *testing.B) {
			for b.Loop() {
				goCall()
			}
		}},
		{"empty extern \"C\" call", func(b *testing.B) {
			for b.Loop() {
				C.bc_empty()
			}
		}},
		{"same, body in catch_unwind", func(b *testing.B) {
			for b.Loop() {
				C.bc_guarded()
			}
		}},
		{"same, plus a busy flag", func(b *testing.B) {
			for b.Loop() {
				C.bc_busy()
			}
		}},
		{"pointer to a 64-byte Go local", func(b *testing.B) {
			for b.Loop() {
				var local [64]byte
				C.bc_first_esc((*C.uint8_t)(&local[0]), 64)
			}
		}},
		{"same, with noescape and nocallback", func(b *testing.B) {
			for b.Loop() {
				var local [64]byte
				C.bc_first_ne((*C.uint8_t)(&local[0]), 64)
			}
		}},
		{"runtime.Pinner Pin and Unpin", func(b *testing.B) {
			x := new([64]byte)
			var p runtime.Pinner
			for b.Loop() {
				p.Pin(x)
				p.Unpin()
			}
		}},
		{"cgo.NewHandle, Value, Delete", func(b *testing.B) {
			v := new(int)
			for b.Loop() {
				h := cgo.NewHandle(v)
				_ = h.Value()
				h.Delete()
			}
		}},
		{"LockOSThread and UnlockOSThread", func(b *testing.B) {
			for b.Loop() {
				runtime.LockOSThread()
				runtime.UnlockOSThread()
			}
		}},
		{"time.Now and time.Since", func(b *testing.B) {
			for b.Loop() {
				_ = time.Since(time.Now())
			}
		}},
	}
}

func callbackRows() []row {
	cb := (*[0]byte)(C.goNoop)
	return []row{
		{"Rust calls Go, caller's thread (per call)", func(b *testing.B) { C.bc_call_back(cb, C.uint64_t(b.N)) }},
		{"new Rust thread, first call (with spawn)", func(b *testing.B) {
			for b.Loop() {
				C.bc_thread_calls(cb, 1)
			}
		}},
		{"Rust thread calls Go again (per call)", func(b *testing.B) { C.bc_thread_calls(cb, C.uint64_t(b.N)) }},
	}
}
