//! Rust-owned buffer: Rust builds a result of unknown size, Go reads it, and only Rust frees it.
//!
//! The buffer crosses as (ptr, len, cap): exactly what `Vec::from_raw_parts` needs to give the
//! memory back to the allocator that made it. Go must return all three, unchanged, to `rb_free`.

// Counts live Rust allocations and aborts on a free that does not match one (see _shared/).
#[path = "../../../_shared/rust/ledger.rs"]
mod ledger;

// How a Vec is taken apart for Go (correct, or broken with the wrong capacity).
#[cfg(not(feature = "broken-wrong-length"))]
mod raw;
#[cfg(feature = "broken-wrong-length")]
#[path = "broken_wrong_length.rs"]
mod raw;

use std::fmt::Write as _;

/// A buffer owned by Rust and lent to Go until `rb_free`. `ptr` is null when `cap` is 0.
#[repr(C)]
pub struct RBuf {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

pub const RB_OK: i32 = 0;
pub const RB_ERR_NULL: i32 = 1;
pub const RB_ERR_TOO_LARGE: i32 = 2;

/// Upper bound on input values, so a corrupted count cannot make Rust allocate gigabytes.
pub const RB_MAX_VALUES: usize = 1 << 20;

/// Formats `values` as decimal numbers joined by commas into a new Rust buffer in `*out`.
///
/// # Safety
/// `values` is valid for `n` reads for this call (or `n` is 0); `out` is valid for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rb_join(values: *const u64, n: usize, out: *mut RBuf) -> i32 {
    if out.is_null() || (values.is_null() && n > 0) {
        return RB_ERR_NULL;
    }
    if n > RB_MAX_VALUES {
        return RB_ERR_TOO_LARGE;
    }
    let values = if n == 0 {
        &[][..]
    } else {
        // SAFETY: non-null, and the caller lends n values for this call.
        unsafe { std::slice::from_raw_parts(values, n) }
    };
    // The final size is unknown up front, so the Vec grows and usually ends with spare capacity.
    let mut s = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(s, "{v}"); // writing to a String cannot fail
    }
    // SAFETY: `out` is valid for one write (checked non-null above, caller contract otherwise).
    unsafe { out.write(raw::into_raw(s.into_bytes())) };
    RB_OK
}

/// Gives a buffer from `rb_join` back to Rust's allocator. A null `ptr` is a no-op.
///
/// # Safety
/// `b` is exactly what Rust returned (ptr, len and cap unchanged) and is freed only once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rb_free(b: RBuf) {
    if !b.ptr.is_null() {
        // SAFETY: ptr/len/cap describe a Vec<u8> that Rust allocated and Go has not freed.
        drop(unsafe { Vec::from_raw_parts(b.ptr, b.len, b.cap) });
    }
}

/// Live Rust allocations, for the Go leak test. Read it after a warm-up call: std allocates lazily.
#[unsafe(no_mangle)]
pub extern "C" fn interlock_rust_owned_buffer_ledger_live() -> usize {
    ledger::live_count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(values: &[u64]) -> RBuf {
        let mut out = RBuf {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        // SAFETY: `values` and `out` outlive the call.
        let status = unsafe { rb_join(values.as_ptr(), values.len(), &mut out) };
        assert_eq!(status, RB_OK);
        out
    }

    #[test]
    fn round_trip() {
        let b = join(&[1, 22, 333, 4444]); // 13 bytes in a Vec that grew to 16
        // SAFETY: b describes len initialised bytes owned by Rust until rb_free.
        let text = unsafe { std::slice::from_raw_parts(b.ptr, b.len) };
        assert_eq!(text, b"1,22,333,4444");
        // SAFETY: b is returned unchanged, once.
        unsafe { rb_free(b) };
    }

    #[test]
    fn empty_input_gives_a_null_buffer() {
        let b = join(&[]);
        assert!(b.ptr.is_null() && b.len == 0 && b.cap == 0);
        // SAFETY: a null buffer is explicitly allowed.
        unsafe { rb_free(b) };
    }
}
