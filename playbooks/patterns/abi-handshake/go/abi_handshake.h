// The C header that ships with interlock_abi_handshake 1.1: the binding is compiled against these numbers.
#include <stdint.h>

#define INTERLOCK_ABI_HANDSHAKE_MAJOR 1
#define INTERLOCK_ABI_HANDSHAKE_MINOR 1

typedef struct {
	uint32_t major;
	uint32_t minor;
} interlock_abi_version;

// The version of the library that is actually linked.
interlock_abi_version interlock_abi_handshake_version(void);

// Clamps a timeout in milliseconds to [1 ms, 60 s]. Since ABI 1.1.
uint32_t interlock_abi_handshake_effective_timeout_ms(uint32_t timeout_ms);
