// A Go callback on a C thread writes x; main reads it with no synchronisation, after an optional unrelated cgo call.
package main

/*
#include <pthread.h>
#include <unistd.h>
extern void goCallback(void);
// The thread waits before calling back so that C.start has returned by then: the runtime treats
// every cgo call's return as an acquire, which would otherwise order the write before the read.
static void *worker(void *arg) { usleep(50000); goCallback(); return 0; }
static void start(void) { pthread_t t; pthread_create(&t, 0, worker, 0); pthread_detach(t); }
static void noop(void) {}
*/
import "C"

import (
	"fmt"
	"os"
	"time"
)

var x int

//export goCallback
func goCallback() { x = 42 }

func main() {
	C.start()
	time.Sleep(500 * time.Millisecond) // long enough for the callback; not synchronisation for -race
	if len(os.Args) > 1 && os.Args[1] == "noop" {
		C.noop() // unrelated to x, yet -race now sees the callback's write as ordered before the read
	}
	fmt.Println(x)
}
