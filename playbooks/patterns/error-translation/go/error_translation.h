// The C view of interlock_error_translation: a stable code plus a message in a caller-owned out-parameter.
#include <stddef.h>
#include <stdint.h>

enum {
	INTERLOCK_OK = 0,
	INTERLOCK_INVALID_ARGUMENT = 1,
	INTERLOCK_SYNTAX = 2,
	INTERLOCK_OUT_OF_RANGE = 3,
};

typedef struct {
	int32_t code;
	uint32_t message_len;
	char message[256];
} interlock_error;

int32_t interlock_error_translation_parse_port(const uint8_t *s, size_t len, uint16_t *out, interlock_error *err);

// The broken-last-error build adds two functions (a thread-local last error); go/parse_broken.go declares
// them itself, so this header stays true for the library every other build links.
