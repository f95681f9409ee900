//! Faults in Rust code reached from Go, to record what the Go runtime prints for each one.

use std::hint::black_box;
use std::ptr;

/// Reads through a null pointer on the thread of the Go call (a release build has no check).
#[unsafe(no_mangle)]
pub extern "C" fn crash_null_read() -> i32 {
    // SAFETY: none; the fault is the point of the probe.
    unsafe { ptr::read_volatile(black_box(ptr::null::<i32>())) }
}

/// The same read on a thread that Rust created and Go has never seen.
#[unsafe(no_mangle)]
pub extern "C" fn crash_on_rust_thread() -> i32 {
    std::thread::spawn(|| crash_null_read()).join().unwrap_or(-1)
}

/// Recurses until the thread's stack runs out; a staticlib has no stack-overflow handler.
#[unsafe(no_mangle)]
pub extern "C" fn crash_stack_overflow(depth: u64) -> u64 {
    let frame = black_box([depth; 64]);
    if black_box(depth) == u64::MAX {
        return 0; // never: keeps the recursion from being unconditional
    }
    crash_stack_overflow(black_box(depth + 1)).wrapping_add(frame[0])
}
