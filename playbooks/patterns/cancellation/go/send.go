//go:build !broken_early_return

// Send: cancel on ctx.Done(), then wait for Rust to say it has stopped before returning.
package cancellation

// #include "cancellation.h"
import "C"

import "context"

// Send streams data through the Rust sink. If ctx ends first, it asks Rust to stop and waits for
// the acknowledgement (Rust returning), which takes at most one chunk. Only then does it return, so
// when the caller gets control back, Rust holds no pointer into data: freeing or reusing it is safe.
func Send(ctx context.Context, data []byte) (checksum uint64, err error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	tok := C.interlock_cancellation_token_new()
	defer C.interlock_cancellation_token_free(tok) // after the wait below: Rust no longer reads it
	done := start(data, tok)
	select {
	case r := <-done:
		return r.sum, nil
	case <-ctx.Done():
		C.interlock_cancellation_token_cancel(tok)
		if r := <-done; r.rc == C.INTERLOCK_OK {
			return r.sum, nil // it finished before it saw the token: the work is done, keep it
		}
		return 0, ctx.Err()
	}
}
