// Tests of the error translation: Go callers branch on sentinels and still see Rust's context.
package errortranslation

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

func TestParsePort(t *testing.T) {
	for _, c := range []struct {
		in       string
		want     uint16
		sentinel error
		message  string
	}{
		{"8080", 8080, nil, ""},
		{"80a", 0, ErrSyntax, `port "80a": invalid digit found in string`},
		{"", 0, ErrSyntax, `port "": cannot parse integer from empty string`},
		{"70000", 0, ErrOutOfRange, "port 70000 is outside 1..=65535"},
		{"0", 0, ErrOutOfRange, "port 0 is outside 1..=65535"},
		{"\xff", 0, ErrInvalidArgument, "input is not UTF-8: invalid utf-8 sequence of 1 bytes from index 0"},
	} {
		got, err := ParsePort(c.in)
		if got != c.want || !errors.Is(err, c.sentinel) {
			t.Errorf("ParsePort(%q) = %d, %v; want %d and an error matching %v", c.in, got, err, c.want, c.sentinel)
		}
		var e *Error
		if c.sentinel != nil && (!errors.As(err, &e) || e.Message != c.message) {
			t.Errorf("ParsePort(%q): errors.As gave %#v, want Message %q", c.in, e, c.message)
		}
	}
}

func TestWrappedErrorsStillMatch(t *testing.T) {
	_, err := ParsePort("99999")
	err = fmt.Errorf("loading config: %w", err) // the usual layers of context added on the way up
	var e *Error
	if !errors.Is(err, ErrOutOfRange) || !errors.As(err, &e) || e.Code != CodeOutOfRange {
		t.Fatalf("wrapped error lost its identity: %v", err)
	}
	want := "loading config: ParsePort: port 99999 is outside 1..=65535 (code 3)"
	if err.Error() != want {
		t.Fatalf("err.Error() = %q, want %q", err.Error(), want)
	}
}

// Many goroutines fail at once, each with an input that appears in its own message. An error that
// carries another call's message is what thread-local error state does under Go's scheduler, which
// runs many goroutines on one OS thread and moves them between threads. -race cannot see it: the
// state is Rust memory, and each thread's copy is only ever touched by that thread.
func TestErrorsStayWithTheirCall(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(4, runtime.GOMAXPROCS(0)))) // goroutines must migrate
	goroutines, calls := 32, 200
	if os.Getenv("INTERLOCK_PRESSURE") != "" {
		calls *= 5
	}
	var wrong, total atomic.Int64
	var example atomic.Value
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range calls {
				in := fmt.Sprintf("%d-%d", g, i) // never a valid port: every call fails
				_, err := ParsePort(in)
				var e *Error
				total.Add(1)
				if !errors.As(err, &e) || !strings.Contains(e.Message, fmt.Sprintf("%q", in)) {
					wrong.Add(1)
					example.CompareAndSwap(nil, fmt.Sprintf("ParsePort(%q) failed with %v", in, err))
				}
			}
		})
	}
	wg.Wait()
	if n := wrong.Load(); n > 0 {
		t.Fatalf("%d of %d errors carried another call's message, e.g. %s", n, total.Load(), example.Load())
	}
}
