// The C view of interlock_guarded_teardown: a journal (parent) and the writers (children) that point into it.
#include <stddef.h>
#include <stdint.h>

enum { INTERLOCK_OK = 0, INTERLOCK_WRITERS_OPEN = 1 };

typedef struct interlock_journal interlock_journal; // opaque
typedef struct interlock_writer interlock_writer;   // opaque; keeps its journal alive

interlock_journal *interlock_guarded_teardown_journal_open(size_t capacity);
int32_t interlock_guarded_teardown_journal_close(interlock_journal *j); // INTERLOCK_WRITERS_OPEN: nothing freed
size_t interlock_guarded_teardown_journal_len(const interlock_journal *j);     // committed bytes
size_t interlock_guarded_teardown_journal_commits(const interlock_journal *j); // committed writers

interlock_writer *interlock_guarded_teardown_writer_open(const interlock_journal *j);
void interlock_guarded_teardown_writer_append(interlock_writer *w, const uint8_t *data, size_t len);
int32_t interlock_guarded_teardown_writer_close(interlock_writer *w); // commits, then frees
