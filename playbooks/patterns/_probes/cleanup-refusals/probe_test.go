// Probe: the three ways runtime.AddCleanup refuses, at registration, a cleanup that could never run because
// it keeps its own object reachable (memory-models/cleanups-and-finalizers quotes the messages).
package cleanuprefusals

import (
	"fmt"
	"runtime"
	"testing"
)

type wrapper struct{ handle uintptr }

// inner sits after another field, so its address is inside the container, not equal to it; the container
// holds a pointer, as a wrapper does.
type container struct {
	name  *string
	inner wrapper
}

type box struct{ w *wrapper }

// refusal registers a cleanup and returns the panic it raised, or "" when it was accepted.
func refusal(register func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	register()
	return ""
}

func TestAddCleanupRefusals(t *testing.T) {
	for _, c := range []struct {
		name     string
		register func()
		want     string
	}{
		{"argument is the object", func() {
			w := &wrapper{}
			runtime.AddCleanup(w, func(*wrapper) {}, w)
		}, "runtime.AddCleanup: ptr is equal to arg, cleanup will never run"},
		{"function closes over the object", func() {
			w := &wrapper{}
			runtime.AddCleanup(w, func(uintptr) { _ = w.handle }, 0)
		}, "runtime.AddCleanup: cleanup function closes over ptr, cleanup will never run"},
		{"object is inside the argument", func() {
			outer := &container{}
			runtime.AddCleanup(&outer.inner, func(*container) {}, outer)
		}, "runtime.AddCleanup: ptr is within arg, cleanup will never run"},
		// The shape the handbook recommends: the raw handle as the argument, nothing closed over.
		{"raw handle, no closure", func() {
			w := &wrapper{handle: 7}
			runtime.AddCleanup(w, func(uintptr) {}, w.handle)
		}, ""},
		// An indirect path (the argument holds a pointer to the object) is not caught at registration.
		{"indirect path", func() {
			w := &wrapper{}
			runtime.AddCleanup(w, func(*box) {}, &box{w: w})
		}, ""},
	} {
		if got := refusal(c.register); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
