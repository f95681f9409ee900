// The C view of interlock_repr_c_layout: the struct both sides read and write in place.
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint8_t kind;
	uint32_t sensor_id;
	int64_t timestamp_ns;
	float value;
	uint16_t flags;
} interlock_reading;

size_t interlock_repr_c_layout_reading_size(void);
size_t interlock_repr_c_layout_reading_align(void);
bool interlock_repr_c_layout_reading_field(const uint8_t *name, size_t len, size_t *offset, size_t *size);
void interlock_repr_c_layout_reading_sample(interlock_reading *out);
