// The C view of interlock_shared_handle: a histogram handle that one caller at a time may use.
#include <stdint.h>

typedef struct interlock_histogram interlock_histogram; // opaque

typedef struct {
	uint64_t count;
	uint64_t sum;
	uint64_t buckets[16];
} interlock_snapshot;

interlock_histogram *interlock_shared_handle_new(void);
void interlock_shared_handle_record(const interlock_histogram *h, uint64_t value);
void interlock_shared_handle_snapshot(const interlock_histogram *h, interlock_snapshot *out);
void interlock_shared_handle_free(interlock_histogram *h);
