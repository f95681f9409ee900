// st.h: the C view of the Rust string functions (matches rust/src/lib.rs). Not "strings.h": that is a libc header.
#include <stddef.h>
#include <stdint.h>

enum { ST_OK = 0, ST_ERR_NULL = 1, ST_ERR_UTF8 = 2, ST_ERR_NUL = 3 };

int32_t st_greet(const char *name, char **out);                // name: NUL-terminated
int32_t st_upper(const uint8_t *s, size_t len, char **out);    // s: len bytes, no NUL needed
void st_string_free(char *s);                                   // for every *out returned
