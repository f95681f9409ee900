//! Holds a lock and a value with a destructor across a Go callback, and counts destructor runs.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

static LOCK: Mutex<()> = Mutex::new(());
static DROPS: AtomicUsize = AtomicUsize::new(0);

/// Counts its own destruction, so Go can see whether this frame was unwound properly.
struct Counted;

impl Drop for Counted {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

/// 0 after the callback returned; -2 (BUSY) when the lock is still held; -1 if Rust panicked.
#[unsafe(no_mangle)]
pub extern "C" fn gx_visit(cb: extern "C" fn()) -> i32 {
    std::panic::catch_unwind(|| {
        let Ok(_guard) = LOCK.try_lock() else {
            return -2;
        };
        let _counted = Counted;
        cb();
        0
    })
    .unwrap_or(-1)
}

/// How many times a `Counted` was dropped.
#[unsafe(no_mangle)]
pub extern "C" fn gx_drops() -> usize {
    DROPS.load(Ordering::SeqCst)
}
