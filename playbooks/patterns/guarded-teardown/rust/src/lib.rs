//! A parent (journal) and its children (writers): Rust refuses to free the parent while children live.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const OK: i32 = 0;
/// journal_close was called while writers were still open; nothing was freed.
pub const WRITERS_OPEN: i32 = 1;

/// The parent. Writers hold a raw pointer to it, so it must outlive every one of them.
/// repr(C) pins the field order for the broken variant's sake: allocators reuse the first bytes of
/// a freed block (glibc 16, ASan 8), and a mutex there turned the use after free into a hang
/// instead of the write ASan reports. The mutex sits behind two plain words.
#[repr(C)]
pub struct Journal {
    writers: AtomicUsize, // open writers: a reference count on the journal's memory
    commits: AtomicUsize, // writers committed so far
    log: Mutex<Vec<u8>>,  // committed bytes
}

/// A child: batches appends and commits them into its journal when closed.
pub struct Writer {
    journal: *const Journal, // valid while `journal.writers` counts this writer
    pending: Vec<u8>,
}

#[unsafe(no_mangle)]
pub extern "C" fn interlock_guarded_teardown_journal_open(capacity: usize) -> *mut Journal {
    let log = Mutex::new(Vec::with_capacity(capacity));
    Box::into_raw(Box::new(Journal {
        writers: AtomicUsize::new(0),
        commits: AtomicUsize::new(0),
        log,
    }))
}

/// Frees the journal, or returns WRITERS_OPEN and leaves it untouched if any writer is still open:
/// the reverse-order rule is enforced here, not left to every caller's discipline.
///
/// # Safety
/// `j` must be a live journal, and no writer_open on it may run concurrently (the count is checked,
/// then the journal freed: a writer opened in between would dangle; the Go wrapper serialises them).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_guarded_teardown_journal_close(j: *mut Journal) -> i32 {
    // SAFETY: live journal by contract.
    let open = unsafe { &*j }.writers.load(Ordering::Acquire);
    if open > 0 && cfg!(not(feature = "broken-unguarded-close")) {
        return WRITERS_OPEN;
    }
    // BROKEN variant (broken-unguarded-close): frees even with open writers, whose `journal`
    // pointers now dangle. Correct variant: no writer can exist, so nobody else points here.
    // SAFETY: allocated by Box in journal_open; no live writer refers to it (see above).
    drop(unsafe { Box::from_raw(j) });
    OK
}

/// # Safety
/// `j` must be a live journal.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_guarded_teardown_journal_len(j: *const Journal) -> usize {
    // SAFETY: live journal by contract.
    let j = unsafe { &*j };
    j.log.lock().unwrap_or_else(|p| p.into_inner()).len()
}

/// # Safety
/// `j` must be a live journal.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_guarded_teardown_journal_commits(j: *const Journal) -> usize {
    // SAFETY: live journal by contract.
    unsafe { &*j }.commits.load(Ordering::Acquire)
}

/// Opens a writer on `j`, counting it so the journal cannot be freed under it.
///
/// # Safety
/// `j` must be a live journal.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_guarded_teardown_writer_open(j: *const Journal) -> *mut Writer {
    // SAFETY: live journal by contract.
    unsafe { &*j }.writers.fetch_add(1, Ordering::AcqRel);
    Box::into_raw(Box::new(Writer {
        journal: j,
        pending: Vec::new(),
    }))
}

/// # Safety
/// `w` must be a live writer; `data` must point to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_guarded_teardown_writer_append(
    w: *mut Writer,
    data: *const u8,
    len: usize,
) {
    if len == 0 {
        return;
    }
    // SAFETY: live writer, `len` readable bytes, by contract.
    unsafe {
        (*w).pending
            .extend_from_slice(std::slice::from_raw_parts(data, len))
    };
}

/// Commits the writer's bytes into its journal, then frees the writer and releases its count.
///
/// # Safety
/// `w` must be a live writer; it is invalid afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_guarded_teardown_writer_close(w: *mut Writer) -> i32 {
    // SAFETY: allocated by Box in writer_open, closed once by contract.
    let w = unsafe { Box::from_raw(w) };
    // SAFETY: the journal is alive: journal_close refuses to free it while this writer is counted.
    let journal = unsafe { &*w.journal };
    journal
        .log
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .extend_from_slice(&w.pending);
    journal.commits.fetch_add(1, Ordering::AcqRel);
    journal.writers.fetch_sub(1, Ordering::AcqRel); // last touch of the journal, after the commit
    OK
}

#[cfg(all(test, not(feature = "broken-unguarded-close")))]
mod tests {
    use super::*;

    #[test]
    fn the_journal_outlives_its_writers() {
        // SAFETY: every pointer comes from the matching open function and is closed once.
        unsafe {
            let j = interlock_guarded_teardown_journal_open(64);
            let w = interlock_guarded_teardown_writer_open(j);
            interlock_guarded_teardown_writer_append(w, b"abc".as_ptr(), 3);
            assert_eq!(interlock_guarded_teardown_journal_close(j), WRITERS_OPEN);
            assert_eq!(interlock_guarded_teardown_writer_close(w), OK);
            assert_eq!(interlock_guarded_teardown_journal_len(j), 3);
            assert_eq!(interlock_guarded_teardown_journal_commits(j), 1);
            assert_eq!(interlock_guarded_teardown_journal_close(j), OK);
        }
    }
}
