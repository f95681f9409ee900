//go:build !broken_accept_newer_major

// The compatibility rule: same major, and at least the minor whose functions the binding calls;
// under 0.x the minor is the breaking number (Cargo's rule), so it must match exactly.
package abihandshake

import "fmt"

// Compatible is the whole rule. A different major (newer or older) means some existing function
// changed, so it is refused; a newer minor only adds functions this binding never calls.
func Compatible(lib, binding Version) error {
	if lib.Major != binding.Major {
		return fmt.Errorf("%w: library %v, binding built for %d.x (a major change breaks existing calls)",
			ErrIncompatibleABI, lib, binding.Major)
	}
	if binding.Major == 0 && lib.Minor != binding.Minor {
		return fmt.Errorf("%w: library %v, binding built for %v (under 0.x every minor may break calls)",
			ErrIncompatibleABI, lib, binding)
	}
	if lib.Minor < binding.Minor {
		return fmt.Errorf("%w: library %v is older than the %v this binding needs", ErrIncompatibleABI, lib, binding)
	}
	return nil
}
