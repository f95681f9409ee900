// Package guardedteardown wraps a Rust journal and its writers, released in reverse order of acquisition.
package guardedteardown

/*
#cgo LDFLAGS: -linterlock_guarded_teardown -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
#include "guarded_teardown.h"
*/
import "C"

import (
	"errors"
	"sync"
	"unsafe"
)

var (
	// ErrWritersOpen: Close was called before every writer was closed. The journal is still open
	// and usable; close the writers, then the journal.
	ErrWritersOpen = errors.New("journal still has open writers: close them first")
	ErrClosed      = errors.New("already closed")
)

// Journal is the parent resource. Acquire it first and release it last: with defer, that is
// simply the order the defers are written in.
type Journal struct {
	mu sync.Mutex // serialises Writer and Close, so no writer can be opened while Close checks
	j  *C.interlock_journal
}

func Open(capacity int) *Journal {
	return &Journal{j: C.interlock_guarded_teardown_journal_open(C.size_t(capacity))}
}

// Close frees the journal, unless writers are open: then Rust refuses, nothing is freed, and
// Close returns ErrWritersOpen. The check lives in Rust so that no caller can get it wrong.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.j == nil {
		return ErrClosed
	}
	if C.interlock_guarded_teardown_journal_close(j.j) == C.INTERLOCK_WRITERS_OPEN {
		return ErrWritersOpen
	}
	j.j = nil
	return nil
}

// Stats reports the committed bytes and the number of writers committed so far.
func (j *Journal) Stats() (bytes, commits int, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.j == nil {
		return 0, 0, ErrClosed
	}
	return int(C.interlock_guarded_teardown_journal_len(j.j)), int(C.interlock_guarded_teardown_journal_commits(j.j)), nil
}

// Writer is a child resource: it points into its journal until it is closed.
type Writer struct {
	w *C.interlock_writer
}

// Writer opens a writer; the journal cannot be freed until the writer is closed.
func (j *Journal) Writer() (*Writer, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.j == nil {
		return nil, ErrClosed
	}
	return &Writer{w: C.interlock_guarded_teardown_writer_open(j.j)}, nil
}

// Append buffers p in the writer. A Writer belongs to one goroutine at a time.
func (w *Writer) Append(p []byte) error {
	if w.w == nil {
		return ErrClosed
	}
	C.interlock_guarded_teardown_writer_append(w.w, (*C.uint8_t)(unsafe.SliceData(p)), C.size_t(len(p)))
	return nil
}

// Close commits the buffered bytes into the journal and releases the writer.
func (w *Writer) Close() error {
	if w.w == nil {
		return ErrClosed
	}
	C.interlock_guarded_teardown_writer_close(w.w)
	w.w = nil
	return nil
}
