// A Go callback calls back into the Rust function that invoked it, under a blocking lock or a try-lock.
package main

/*
#cgo LDFLAGS: -lprobe_reentry -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stdint.h>
int32_t re_visit_blocking(void (*cb)(void));
int32_t re_visit_try(void (*cb)(void));
extern void reenterBlocking(void);
extern void reenterTry(void);
*/
import "C"

import (
	"fmt"
	"os"
	"time"
)

//export reenterBlocking
func reenterBlocking() { C.re_visit_blocking((*[0]byte)(C.reenterBlocking)) }

//export reenterTry
func reenterTry() { fmt.Println("inner call:", C.re_visit_try((*[0]byte)(C.reenterTry))) }

func main() {
	done := make(chan C.int32_t)
	go func() {
		if os.Args[1] == "blocking" {
			done <- C.re_visit_blocking((*[0]byte)(C.reenterBlocking))
		} else {
			done <- C.re_visit_try((*[0]byte)(C.reenterTry))
		}
	}()
	select {
	case rc := <-done:
		fmt.Println("outer call:", rc)
	case <-time.After(3 * time.Second):
		// Go's own deadlock detector stays silent: a goroutine in a cgo call counts as running.
		fmt.Println("no return after 3s")
		os.Exit(3)
	}
}
