//go:build broken_accept_newer_major

// BROKEN: compares versions as ordered numbers, so any newer library "is compatible".
package abihandshake

import "fmt"

// Compatible accepts lib >= binding. That reads as forward compatibility, but a newer major is by
// definition a library in which some existing call changed meaning: here the timeout unit.
func Compatible(lib, binding Version) error {
	if lib.Major < binding.Major || (lib.Major == binding.Major && lib.Minor < binding.Minor) {
		return fmt.Errorf("%w: library %v is older than binding %v", ErrIncompatibleABI, lib, binding)
	}
	return nil
}
