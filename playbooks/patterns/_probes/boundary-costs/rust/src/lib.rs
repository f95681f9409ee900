//! The smallest exports that isolate one cost each: the crossing, a panic guard, a busy flag, a read,
//! and calls back into Go from the caller's thread and from a thread Rust created.

use std::sync::atomic::{AtomicBool, Ordering};

/// Does nothing: the cost of the crossing alone.
#[unsafe(no_mangle)]
pub extern "C" fn bc_empty() {}

/// Does nothing inside catch_unwind: the guard's cost.
#[unsafe(no_mangle)]
pub extern "C" fn bc_guarded() -> i32 {
    std::panic::catch_unwind(|| 0).unwrap_or(-1)
}

static BUSY: AtomicBool = AtomicBool::new(false);

/// Enters and leaves a busy flag inside catch_unwind: the concurrency check's cost.
#[unsafe(no_mangle)]
pub extern "C" fn bc_busy() -> i32 {
    std::panic::catch_unwind(|| {
        if BUSY.swap(true, Ordering::Acquire) {
            return -2;
        }
        BUSY.store(false, Ordering::Release);
        0
    })
    .unwrap_or(-1)
}

/// Reads the first byte of a lent buffer (0 for an empty one).
///
/// # Safety
/// `p` is valid for `len` reads during the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bc_first(p: *const u8, len: usize) -> u8 {
    // SAFETY: the caller lends `len` readable bytes for this call.
    if len == 0 || p.is_null() { 0 } else { unsafe { *p } }
}

/// Calls `cb` `n` times on the caller's thread.
#[unsafe(no_mangle)]
pub extern "C" fn bc_call_back(cb: extern "C" fn(), n: u64) {
    for _ in 0..n {
        cb();
    }
}

/// Starts a thread that calls `cb` `n` times, and waits for it. Returns -1 if no thread started.
#[unsafe(no_mangle)]
pub extern "C" fn bc_thread_calls(cb: extern "C" fn(), n: u64) -> i32 {
    let spawned = std::thread::Builder::new().spawn(move || {
        for _ in 0..n {
            cb();
        }
    });
    match spawned {
        Ok(t) => t.join().map_or(-1, |()| 0),
        Err(_) => -1,
    }
}
