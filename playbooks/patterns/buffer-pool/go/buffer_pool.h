// buffer_pool.h: the C view of the Rust buffer pool (matches rust/src/lib.rs).
#include <stddef.h>
#include <stdint.h>

typedef struct Pool Pool;

enum { POOL_OK = 0, POOL_NOT_LENT = -1, POOL_IN_USE = -2 };

Pool *pool_new(size_t block, size_t count);
uint8_t *pool_get(Pool *p);                  // null when every block is lent
int32_t pool_put(Pool *p, const uint8_t *b); // POOL_NOT_LENT for a block that is not out
int32_t pool_free(Pool *p);                  // POOL_IN_USE while any block is lent
