//go:build !broken_no_lock

// The lock that serialises calls into the Rust handle.
package sharedhandle

import "sync"

// handleLock is a plain mutex. A Rust handle that locked internally (a Mutex inside, making it
// Sync) would be equally correct; what must not happen is neither side locking.
type handleLock = sync.Mutex
