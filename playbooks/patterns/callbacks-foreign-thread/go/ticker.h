// ticker.h: the C view of Rust's callback ticker (matches rust/src/lib.rs).
#include <stdint.h>

typedef struct Ticker Ticker;
typedef void (*tick_fn)(uintptr_t ctx, int32_t event, uint64_t value);

enum { TICK_VALUE = 0, TICK_STOPPED = 1 };

Ticker *ticker_start(tick_fn cb, uintptr_t ctx, uint64_t period_us);
void ticker_stop(Ticker *t); // returns after the final TICK_STOPPED callback has returned
