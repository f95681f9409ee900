//! Every exported function runs its body inside catch_unwind, so a Rust panic becomes an error code.

use std::sync::{Mutex, TryLockError};

pub const OK: i32 = 0;
/// A Rust bug was hit; the call was abandoned and the panic message went to stderr.
pub const PANICKED: i32 = -1;
/// Another visit is in progress (visits are not re-entrant).
pub const BUSY: i32 = -2;
/// The caller's callback returned non-zero; the visit stopped there.
pub const CALLBACK_FAILED: i32 = -3;

/// Runs an export's body. Unwinding out of an `extern "C"` function is not allowed: since Rust 1.81
/// it aborts the whole process, Go runtime included. Catching here turns a bug into an error code.
#[cfg(not(feature = "broken-no-catch"))]
fn ffi_guard(body: impl FnOnce() -> i32) -> i32 {
    // AssertUnwindSafe: the only state shared across calls is behind a Mutex, which handles a
    // panic itself (the lock is released and marked poisoned), so nothing is left half-updated.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)).unwrap_or(PANICKED)
}

/// BROKEN: no catch_unwind, so a panic reaches the `extern "C"` frame and the process aborts.
#[cfg(feature = "broken-no-catch")]
fn ffi_guard(body: impl FnOnce() -> i32) -> i32 {
    body()
}

/// # Safety
/// `values` must be null with `len == 0`, or point to `len` readable i64 for the call.
unsafe fn slice<'a>(values: *const i64, len: usize) -> &'a [i64] {
    if len == 0 {
        &[]
    } else {
        // SAFETY: non-empty, so by the caller's contract `values` points to `len` i64.
        unsafe { std::slice::from_raw_parts(values, len) }
    }
}

/// Writes the integer mean of `values` to `*out`. Has a bug on purpose: an empty input divides by
/// zero, which panics; the guard turns that into PANICKED instead of a dead process.
///
/// # Safety
/// `values`/`len` as for `slice`; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_panic_containment_mean(
    values: *const i64,
    len: usize,
    out: *mut i64,
) -> i32 {
    ffi_guard(|| {
        // SAFETY: forwarded caller contract.
        let v = unsafe { slice(values, len) };
        let mean = v.iter().sum::<i64>() / v.len() as i64; // panics when v is empty
        // SAFETY: `out` is writable by contract.
        unsafe { out.write(mean) };
        OK
    })
}

/// Held for the whole visit, callbacks included: a callback that calls visit again gets BUSY
/// instead of a deadlock. If a Go panic skipped our frames, this lock would never be released.
static VISITING: Mutex<()> = Mutex::new(());

/// The callback the caller passes: non-zero stops the visit. It must not unwind (see go/callback.go).
pub type VisitFn = extern "C" fn(ctx: usize, value: i64, running_total: i64) -> i32;

/// Calls `cb` for each value with the running total.
///
/// # Safety
/// `values`/`len` as for `slice`; `cb` must be a valid function; `ctx` is passed back to `cb` untouched.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_panic_containment_visit(
    values: *const i64,
    len: usize,
    cb: VisitFn,
    ctx: usize,
) -> i32 {
    ffi_guard(|| {
        let _lock = match VISITING.try_lock() {
            Ok(g) => g,
            Err(TryLockError::Poisoned(p)) => p.into_inner(), // an earlier Rust panic; () cannot be torn
            Err(TryLockError::WouldBlock) => return BUSY,
        };
        // SAFETY: forwarded caller contract.
        let v = unsafe { slice(values, len) };
        let mut total = 0i64;
        for &x in v {
            total = total.wrapping_add(x);
            if cb(ctx, x, total) != 0 {
                return CALLBACK_FAILED;
            }
        }
        OK
    }) // _lock is dropped when the closure returns, on every path that returns through these frames
}

#[cfg(all(test, not(feature = "broken-no-catch")))]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_code() {
        let mut out = 0;
        // SAFETY: an empty slice may be null; `out` is a local.
        let status = unsafe { interlock_panic_containment_mean(std::ptr::null(), 0, &mut out) };
        assert_eq!(status, PANICKED);
        let v = [2, 4, 9];
        // SAFETY: pointer and length of a live array.
        let status = unsafe { interlock_panic_containment_mean(v.as_ptr(), v.len(), &mut out) };
        assert_eq!(status, OK);
        assert_eq!(out, 5);
    }

    extern "C" fn stop_at_three(_: usize, value: i64, _: i64) -> i32 {
        (value == 3) as i32
    }

    #[test]
    fn a_callback_can_stop_the_visit() {
        let v = [1, 2, 3, 4];
        // SAFETY: pointer and length of a live array; the callback ignores ctx.
        let rc =
            unsafe { interlock_panic_containment_visit(v.as_ptr(), v.len(), stop_at_three, 0) };
        assert_eq!(rc, CALLBACK_FAILED);
    }
}
