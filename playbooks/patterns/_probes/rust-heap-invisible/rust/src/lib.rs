//! Allocates and touches `mib` MiB with Rust's global allocator and keeps it until the process ends.

use std::sync::Mutex;

static HELD: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());

/// Allocates `mib` MiB in 1 MiB blocks, writing every page so it is resident. Returns 0, or -1 if
/// the lock was poisoned.
#[unsafe(no_mangle)]
pub extern "C" fn heap_hold_mib(mib: usize) -> i32 {
    let Ok(mut held) = HELD.lock() else { return -1 };
    for _ in 0..mib {
        held.push(vec![1u8; 1 << 20]);
    }
    0
}
