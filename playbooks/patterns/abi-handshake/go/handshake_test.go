// Tests of the handshake: the rule itself, and that the linked library and this binding agree.
package abihandshake

import (
	"errors"
	"testing"
	"time"
)

func TestCompatibleRule(t *testing.T) {
	binding := Version{1, 1}
	for _, c := range []struct {
		lib Version
		ok  bool
	}{
		{Version{1, 1}, true},
		{Version{1, 7}, true},  // newer minor: only added functions
		{Version{1, 0}, false}, // older minor: a function we call is missing
		{Version{2, 0}, false}, // newer major: an existing call changed
		{Version{0, 9}, false}, // older major
	} {
		err := Compatible(c.lib, binding)
		switch {
		case c.ok && err != nil:
			t.Errorf("Compatible(library %v, binding %v) = %v, want nil", c.lib, binding, err)
		case !c.ok && err == nil:
			t.Errorf("Compatible(library %v, binding %v) = nil: a library with another major or an older minor was accepted", c.lib, binding)
		case !c.ok && !errors.Is(err, ErrIncompatibleABI):
			t.Errorf("Compatible(library %v, binding %v) = %v, want an ErrIncompatibleABI", c.lib, binding, err)
		}
	}
}

func TestLinkedLibraryIsCompatible(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatalf("the linked library is refused: %v", err)
	}
	t.Logf("library %v, binding %v", Library(), Binding)
}

// The consequence the handshake exists for: a call whose meaning changed gives a wrong answer,
// silently, with no crash and no sanitizer report.
func TestEffectiveTimeout(t *testing.T) {
	got, err := EffectiveTimeout(1500 * time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if got != 1500*time.Millisecond {
		t.Fatalf("EffectiveTimeout(1.5s) = %v, want 1.5s: binding ABI %v accepted library ABI %v", got, Binding, Library())
	}
}
