// borrow.h: the C view of the Rust functions that borrow Go buffers (matches rust/src/lib.rs).
#include <stddef.h>
#include <stdint.h>

typedef struct Span { const uint8_t *ptr; size_t len; } Span; // one borrowed buffer
typedef struct Seen Seen;                                       // opaque set of byte strings

uint32_t bb_checksum(const uint8_t *data, size_t len);
uint32_t bb_checksum_spans(const Span *spans, size_t n);
Seen *seen_new(void);
int32_t seen_insert(Seen *s, const uint8_t *key, size_t len);
void seen_free(Seen *s);
