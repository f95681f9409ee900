//go:build broken_early_return

// BROKEN: Send returns as soon as ctx ends, while Rust is still reading data.
package cancellation

// #include "cancellation.h"
import "C"

import "context"

// Send cancels the token, which looks right, but cancellation is cooperative: Rust sees it only at
// its next check, after it has read the chunk it was waiting to send. Returning here hands data
// back to a caller who may free it (and the deferred free below frees the token Rust is about to read).
func Send(ctx context.Context, data []byte) (checksum uint64, err error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	tok := C.interlock_cancellation_token_new()
	defer C.interlock_cancellation_token_free(tok)
	done := start(data, tok)
	select {
	case r := <-done:
		return r.sum, nil
	case <-ctx.Done():
		C.interlock_cancellation_token_cancel(tok)
		return 0, ctx.Err() // no wait for done: Rust is still inside interlock_cancellation_send
	}
}
