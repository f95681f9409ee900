//! Reads and writes one environment variable with std::env, to compare with what Go sees.

use std::ffi::c_char;

const NAME: &str = "INTERLOCK_PROBE";

/// Copies the variable's value (or `<unset>`) into `out`, at most `cap` bytes; returns the length.
///
/// # Safety
/// `out` is valid for `cap` writes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn env_rust_reads(out: *mut c_char, cap: usize) -> usize {
    let v = std::env::var(NAME).unwrap_or_else(|_| "<unset>".into());
    let n = v.len().min(cap);
    // SAFETY: the caller lends `cap` writable bytes and `n <= cap`.
    unsafe { std::ptr::copy_nonoverlapping(v.as_ptr(), out.cast(), n) };
    n
}

/// Sets the variable from Rust.
///
/// # Safety
/// No other thread may read or write the environment during the call (std::env::set_var's rule).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn env_rust_writes() {
    // SAFETY: forwarded to the caller; the probe calls it while no other thread touches the environment.
    unsafe { std::env::set_var(NAME, "from-rust") }
}
