// A Go callback calls runtime.Goexit (what t.FailNow and t.Fatal do) while Rust frames are below it.
package main

/*
#cgo LDFLAGS: -lprobe_goexit -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stddef.h>
#include <stdint.h>
extern void goExitCallback(void);
extern void goReturnCallback(void);
int32_t gx_visit(void (*cb)(void));
size_t gx_drops(void);
*/
import "C"

import (
	"fmt"
	"runtime"
	"sync"
)

//export goExitCallback
func goExitCallback() {
	defer func() {
		// recover returns nil during Goexit: there is no panic to stop, so the unwinding goes on.
		fmt.Println("recover in the callback:", recover())
	}()
	runtime.Goexit()
}

//export goReturnCallback
func goReturnCallback() {}

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		C.gx_visit((*[0]byte)(C.goExitCallback))
		fmt.Println("gx_visit returned") // never printed: Goexit skipped Rust's frames and this one
	})
	wg.Wait()
	fmt.Println("destructors run:", C.gx_drops())
	fmt.Println("next call:", C.gx_visit((*[0]byte)(C.goReturnCallback)))
}
