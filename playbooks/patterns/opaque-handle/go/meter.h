// meter.h: the C view of Rust's opaque Meter handle (matches rust/src/lib.rs).
#include <stddef.h>
#include <stdint.h>

typedef struct Meter Meter; // opaque: Go never sees its fields

enum { METER_OK = 0, METER_ERR_NULL = 1, METER_ERR_INVALID = 2 };

Meter *meter_new(void);
int32_t meter_set_window(Meter *m, size_t window);
int32_t meter_add(Meter *m, uint64_t value);
int32_t meter_copy(const Meter *m, uint64_t *out, size_t cap, size_t *written);
void meter_free(Meter *m);
