// The C view of interlock_cancellation: a long call that borrows a buffer and a cancel token.
#include <stddef.h>
#include <stdint.h>

enum { INTERLOCK_OK = 0, INTERLOCK_CANCELLED = 1 };

typedef struct interlock_cancel_token interlock_cancel_token; // opaque

interlock_cancel_token *interlock_cancellation_token_new(void);
void interlock_cancellation_token_cancel(const interlock_cancel_token *t);
void interlock_cancellation_token_free(interlock_cancel_token *t);

// Calls currently inside interlock_cancellation_send.
size_t interlock_cancellation_in_flight(void);

// Borrows data and t until it returns.
int32_t interlock_cancellation_send(const uint8_t *data, size_t len, const interlock_cancel_token *t, uint64_t *checksum);
