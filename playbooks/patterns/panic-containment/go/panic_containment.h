// The C view of interlock_panic_containment: every call returns a status; a Rust panic is PANICKED.
#include <stddef.h>
#include <stdint.h>

enum {
	INTERLOCK_OK = 0,
	INTERLOCK_PANICKED = -1,
	INTERLOCK_BUSY = -2,
	INTERLOCK_CALLBACK_FAILED = -3,
};

typedef int32_t (*interlock_visit_fn)(uintptr_t ctx, int64_t value, int64_t running_total);

int32_t interlock_panic_containment_mean(const int64_t *values, size_t len, int64_t *out);
int32_t interlock_panic_containment_visit(const int64_t *values, size_t len, interlock_visit_fn cb, uintptr_t ctx);
