//go:build !broken_accept_newer_major

// The compatibility rule: same major, and at least the minor whose functions the binding calls.
package abihandshake

import "fmt"

// Compatible is the whole rule. A different major (newer or older) means some existing function
// changed, so it is refused; a newer minor only adds functions this binding never calls.
func Compatible(lib, binding Version) error {
	if lib.Major != binding.Major {
		return fmt.Errorf("%w: library %v, binding built for %d.x (a major change breaks existing calls)",
			ErrIncompatibleABI, lib, binding.Major)
	}
	if lib.Minor < binding.Minor {
		return fmt.Errorf("%w: library %v is older than the %v this binding needs", ErrIncompatibleABI, lib, binding)
	}
	return nil
}
