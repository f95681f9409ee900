//! Two ways to guard state that a callback might re-enter: a blocking lock, and a try-lock that says BUSY.

use std::sync::{Mutex, TryLockError};

static STATE: Mutex<u64> = Mutex::new(0);

pub const OK: i32 = 0;
pub const BUSY: i32 = -2;
pub const POISONED: i32 = -3;

/// Locks the state with `lock()` and calls `cb` while holding it. A callback that calls this
/// function again on the same thread never gets the lock: std leaves that case unspecified, and on
/// Linux it waits for ever.
#[unsafe(no_mangle)]
pub extern "C" fn re_visit_blocking(cb: extern "C" fn()) -> i32 {
    let Ok(mut n) = STATE.lock() else { return POISONED };
    *n += 1;
    cb();
    OK
}

/// The same with `try_lock()`: re-entry is refused with BUSY instead of waiting.
#[unsafe(no_mangle)]
pub extern "C" fn re_visit_try(cb: extern "C" fn()) -> i32 {
    let mut n = match STATE.try_lock() {
        Ok(n) => n,
        Err(TryLockError::WouldBlock) => return BUSY,
        Err(TryLockError::Poisoned(_)) => return POISONED,
    };
    *n += 1;
    cb();
    OK
}
