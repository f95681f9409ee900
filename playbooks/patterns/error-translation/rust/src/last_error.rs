//! BROKEN API: errors parked in thread-local storage, fetched by a second call. Fine in C, where a
//! thread runs one caller; wrong under Go, which runs many goroutines on each OS thread and may run
//! the second call on another thread.

use std::cell::RefCell;

thread_local! {
    /// The message of the last failed call made *on this OS thread*, by whichever goroutine that was.
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Parses a port and returns only the code; the message waits in LAST_ERROR.
///
/// # Safety
/// As for `interlock_error_translation_parse_port`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_error_translation_parse_port_tls(
    s: *const u8,
    len: usize,
    out: *mut u16,
) -> i32 {
    // SAFETY: forwarded caller contract.
    match unsafe { crate::input(s, len) }.and_then(crate::parse_port) {
        Ok(port) => {
            // SAFETY: `out` is writable by contract.
            unsafe { out.write(port) };
            crate::OK
        }
        Err(e) => {
            LAST_ERROR.with(|l| *l.borrow_mut() = e.message);
            e.code
        }
    }
}

/// Copies this thread's last error message into `buf` and returns its length (truncated to `cap`).
///
/// # Safety
/// `buf` must point to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_error_translation_last_error(buf: *mut u8, cap: usize) -> usize {
    LAST_ERROR.with(|l| {
        let l = l.borrow();
        let n = l.len().min(cap);
        // SAFETY: `buf` has `cap` >= n writable bytes; the source is a live String.
        unsafe { std::ptr::copy_nonoverlapping(l.as_ptr(), buf, n) };
        n
    })
}
