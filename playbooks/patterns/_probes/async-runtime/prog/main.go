// A tokio runtime behind cgo: completions arrive as callbacks on tokio's threads. Each mode shows one thing
// Go code around such a library must know (see probe_test.go for the outcomes).
package main

/*
#cgo LDFLAGS: -lprobe_async -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include <stdint.h>
typedef struct Aio Aio;
typedef struct Job Job;
typedef void (*aio_done)(uint64_t id, int32_t status);
Aio *aio_start(uint32_t workers);
Job *aio_sleep(const Aio *aio, uint64_t id, uint64_t ms, aio_done done);
void aio_job_cancel(Job *job);
void aio_job_detach(Job *job);
int32_t aio_block_on(const Aio *aio);
int32_t aio_stop(Aio *aio);
extern void goDone(uint64_t id, int32_t status);
*/
import "C"

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// onDone is set before any job starts; tokio's threads call it through goDone.
var onDone func(id uint64, status int32)

//export goDone
func goDone(id C.uint64_t, status C.int32_t) { onDone(uint64(id), int32(status)) }

func start(aio *C.Aio, id uint64, ms uint64) *C.Job {
	return C.aio_sleep(aio, C.uint64_t(id), C.uint64_t(ms), C.aio_done(C.goDone))
}

func main() {
	workers := 2
	if len(os.Args) > 2 {
		workers, _ = strconv.Atoi(os.Args[2])
	}
	aio := C.aio_start(C.uint32_t(workers))
	if aio == nil {
		fmt.Println("no runtime")
		os.Exit(1)
	}
	switch os.Args[1] {
	case "nested":
		fmt.Println("block_on from a goroutine:", C.aio_block_on(aio))
		got := make(chan C.int32_t, 1)
		onDone = func(uint64, int32) { got <- C.aio_block_on(aio) }
		C.aio_job_detach(start(aio, 1, 0))
		fmt.Println("block_on from a completion callback:", <-got)
	case "stall":
		// A's callback waits for B's; B can only complete on another worker thread.
		bDone := make(chan struct{})
		finished := make(chan uint64, 2)
		onDone = func(id uint64, _ int32) {
			if id == 2 {
				close(bDone)
			} else {
				select {
				case <-bDone:
					fmt.Println("A's callback saw B complete")
				case <-time.After(time.Second):
					fmt.Println("A's callback waited 1s and B never completed")
				}
			}
			finished <- id
		}
		C.aio_job_detach(start(aio, 1, 0))
		C.aio_job_detach(start(aio, 2, 50))
		fmt.Println("finished:", <-finished, <-finished)
	case "handoff":
		// The same two jobs, but A's callback hands the wait to a goroutine and returns at once.
		bDone := make(chan struct{})
		saw := make(chan string, 1)
		onDone = func(id uint64, _ int32) {
			if id == 2 {
				close(bDone)
				return
			}
			go func() {
				select {
				case <-bDone:
					saw <- "the goroutine A's callback started saw B complete"
				case <-time.After(time.Second):
					saw <- "the goroutine A's callback started waited 1s and B never completed"
				}
			}()
		}
		C.aio_job_detach(start(aio, 1, 0))
		C.aio_job_detach(start(aio, 2, 50))
		fmt.Println(<-saw)
	case "cancel":
		got := make(chan int32, 1)
		onDone = func(_ uint64, status int32) { got <- status }
		C.aio_job_cancel(start(aio, 1, 10_000))
		select {
		case status := <-got:
			fmt.Println("cancelled job reported:", status)
		case <-time.After(2 * time.Second):
			fmt.Println("cancelled job never reported")
		}
	case "stop":
		onDone = func(id uint64, status int32) { fmt.Println("job", id, "reported", status) }
		C.aio_job_detach(start(aio, 1, 10_000))
		fmt.Println("stop from a goroutine:", C.aio_stop(aio))
		return
	case "stop-in-callback":
		got := make(chan C.int32_t, 1)
		onDone = func(uint64, int32) { got <- C.aio_stop(aio) }
		C.aio_job_detach(start(aio, 1, 0))
		fmt.Println("stop from a completion callback:", <-got)
		return
	}
	fmt.Println("stop:", C.aio_stop(aio))
}
