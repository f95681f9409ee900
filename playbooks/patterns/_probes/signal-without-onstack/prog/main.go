// Foreign code installs a chaining SIGUSR1 handler, with or without SA_ONSTACK, then the signal hits a goroutine.
package main

/*
#include <signal.h>
#include <string.h>

static struct sigaction previous;

// What a library's handler typically does: its own work, then the handler that was there before (Go's).
static void chain(int sig, siginfo_t *info, void *ctx) { previous.sa_sigaction(sig, info, ctx); }

static int install(int onstack) {
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = chain;
	sa.sa_flags = SA_SIGINFO | SA_RESTART | (onstack ? SA_ONSTACK : 0);
	return sigaction(SIGUSR1, &sa, &previous);
}
*/
import "C"

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	got := make(chan os.Signal, 1)
	signal.Notify(got, syscall.SIGUSR1)
	if C.install(map[string]C.int{"onstack": 1, "plain": 0}[os.Args[1]]) != 0 {
		panic("sigaction failed")
	}
	// Sent to this very thread (locked, so Gettid stays true), so the handler runs on a goroutine's stack.
	runtime.LockOSThread()
	if err := syscall.Tgkill(os.Getpid(), syscall.Gettid(), syscall.SIGUSR1); err != nil {
		panic(err)
	}
	select {
	case s := <-got:
		fmt.Println("delivered:", s)
	case <-time.After(5 * time.Second):
		fmt.Println("not delivered")
	}
}
