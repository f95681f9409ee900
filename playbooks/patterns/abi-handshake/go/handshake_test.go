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
		checkCompatible(t, c.lib, binding, c.ok)
	}
	// Under 0.x, as in Cargo, the minor is the breaking number: only the same 0.minor is accepted.
	checkCompatible(t, Version{0, 4}, Version{0, 4}, true)
	checkCompatible(t, Version{0, 5}, Version{0, 4}, false)
	checkCompatible(t, Version{0, 3}, Version{0, 4}, false)
}

func checkCompatible(t *testing.T, lib, binding Version, ok bool) {
	t.Helper()
	err := Compatible(lib, binding)
	switch {
	case ok && err != nil:
		t.Errorf("Compatible(library %v, binding %v) = %v, want nil", lib, binding, err)
	case !ok && err == nil:
		t.Errorf("Compatible(library %v, binding %v) = nil: a library with another major or an older minor was accepted", lib, binding)
	case !ok && !errors.Is(err, ErrIncompatibleABI):
		t.Errorf("Compatible(library %v, binding %v) = %v, want an ErrIncompatibleABI", lib, binding, err)
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
