//! Opaque handle: Rust owns a `Meter`; Go only ever holds a pointer to it and hands it back.
//!
//! Contract (see pattern.yaml): `meter_new` allocates, every other call borrows the handle for the
//! duration of the call, `meter_free` takes it back exactly once. Go never looks inside, so Rust can
//! change the struct freely without breaking the ABI.

use std::ptr;

/// Status codes returned by every fallible call. Go maps them to error values.
pub const METER_OK: i32 = 0;
pub const METER_ERR_NULL: i32 = 1;
pub const METER_ERR_INVALID: i32 = 2;

/// Largest window a meter accepts: bounded so a corrupted argument cannot ask for gigabytes.
pub const METER_MAX_WINDOW: usize = 1 << 16;

/// Keeps the most recent `window` samples. Not thread-safe: the Go wrapper serialises calls.
pub struct Meter {
    window: usize,
    samples: Vec<u64>,
}

/// Allocates a meter with a window of 16. Never returns null (allocation failure aborts in Rust).
#[unsafe(no_mangle)]
pub extern "C" fn meter_new() -> *mut Meter {
    Box::into_raw(Box::new(Meter {
        window: 16,
        samples: Vec::with_capacity(16),
    }))
}

/// Changes the window (1..=METER_MAX_WINDOW). Can fail, so a wrapper that calls it right after
/// `meter_new` must free the handle on the error path.
///
/// # Safety
/// `m` is null or a live handle from `meter_new` that no other call is using.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn meter_set_window(m: *mut Meter, window: usize) -> i32 {
    // SAFETY: the caller guarantees `m` is null or live and not aliased for this call.
    let Some(m) = (unsafe { m.as_mut() }) else {
        return METER_ERR_NULL;
    };
    if window == 0 || window > METER_MAX_WINDOW {
        return METER_ERR_INVALID;
    }
    m.window = window;
    trim(m);
    METER_OK
}

/// Records one sample, dropping the oldest once the window is full.
///
/// # Safety
/// As for `meter_set_window`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn meter_add(m: *mut Meter, value: u64) -> i32 {
    // SAFETY: the caller guarantees `m` is null or live and not aliased for this call.
    let Some(m) = (unsafe { m.as_mut() }) else {
        return METER_ERR_NULL;
    };
    m.samples.push(value);
    trim(m);
    METER_OK
}

/// Copies up to `cap` of the most recent samples (oldest first) into `out` and stores how many
/// were written in `*written`. Go lends `out` for this call only.
///
/// # Safety
/// `m` as for `meter_set_window`; `out` is valid for `cap` writes; `written` is valid for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn meter_copy(
    m: *const Meter,
    out: *mut u64,
    cap: usize,
    written: *mut usize,
) -> i32 {
    // SAFETY: the caller guarantees `m` is null or a live handle.
    let Some(m) = (unsafe { m.as_ref() }) else {
        return METER_ERR_NULL;
    };
    if written.is_null() || (out.is_null() && cap > 0) {
        return METER_ERR_NULL;
    }
    let n = m.samples.len().min(cap);
    let src = &m.samples[m.samples.len() - n..];
    // SAFETY: `src` holds n initialised u64s; `out` is valid for cap >= n writes (caller's promise)
    // and cannot overlap Rust's Vec buffer. n > 0 implies out is non-null (checked above).
    unsafe {
        if n > 0 {
            ptr::copy_nonoverlapping(src.as_ptr(), out, n);
        }
        *written = n;
    }
    METER_OK
}

/// Frees the meter. Null is a no-op; any other pointer must come from `meter_new` and must not be
/// used again, by this call or any other.
///
/// # Safety
/// `m` is null or a live handle from `meter_new`, and no call is using it concurrently.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn meter_free(m: *mut Meter) {
    if !m.is_null() {
        // SAFETY: `m` came from Box::into_raw in meter_new and is freed only here, once.
        drop(unsafe { Box::from_raw(m) });
    }
}

fn trim(m: &mut Meter) {
    if m.samples.len() > m.window {
        let extra = m.samples.len() - m.window;
        m.samples.drain(..extra);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_all(m: *const Meter) -> Vec<u64> {
        let mut out = vec![0u64; METER_MAX_WINDOW];
        let mut n = 0usize;
        // SAFETY: `m` is live; out has room for METER_MAX_WINDOW values; n is a local.
        let status = unsafe { meter_copy(m, out.as_mut_ptr(), out.len(), &mut n) };
        assert_eq!(status, METER_OK);
        out.truncate(n);
        out
    }

    #[test]
    fn lifecycle_keeps_the_window() {
        let m = meter_new();
        // SAFETY: `m` is live and used from this thread only, then freed once.
        unsafe {
            assert_eq!(meter_set_window(m, 3), METER_OK);
            for v in 1..=5 {
                assert_eq!(meter_add(m, v), METER_OK);
            }
            assert_eq!(copy_all(m), vec![3, 4, 5]);
            meter_free(m);
        }
    }

    #[test]
    fn null_and_invalid_arguments_are_errors_not_crashes() {
        // SAFETY: null is explicitly allowed by every function.
        unsafe {
            assert_eq!(meter_add(ptr::null_mut(), 1), METER_ERR_NULL);
            assert_eq!(meter_set_window(ptr::null_mut(), 1), METER_ERR_NULL);
            meter_free(ptr::null_mut());
        }
        let m = meter_new();
        // SAFETY: `m` is live, then freed once.
        unsafe {
            assert_eq!(meter_set_window(m, 0), METER_ERR_INVALID);
            assert_eq!(meter_set_window(m, METER_MAX_WINDOW + 1), METER_ERR_INVALID);
            let mut n = 0usize;
            assert_eq!(meter_copy(m, ptr::null_mut(), 0, &mut n), METER_OK);
            assert_eq!(n, 0);
            meter_free(m);
        }
    }
}
