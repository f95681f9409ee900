// buffer.h: the C view of Rust-owned buffers (matches rust/src/lib.rs).
#include <stddef.h>
#include <stdint.h>

typedef struct RBuf { uint8_t *ptr; size_t len; size_t cap; } RBuf; // owned by Rust until rb_free

enum { RB_OK = 0, RB_ERR_NULL = 1, RB_ERR_TOO_LARGE = 2 };

int32_t rb_join(const uint64_t *values, size_t n, RBuf *out);
void rb_free(RBuf b);
size_t interlock_rust_owned_buffer_ledger_live(void);
