//! Rust frames for the cgo-traceback probe: a fault and a busy loop, each two calls below the export, so
//! a traceback that reaches them names functions Go's own traceback never shows.

use std::hint::black_box;

#[inline(never)]
fn load_word(p: *const u64) -> u64 {
    // SAFETY: none when `p` is null, which is how the probe crashes here, two frames inside Rust.
    unsafe { std::ptr::read_volatile(black_box(p)) }
}

#[inline(never)]
fn parse_header(p: *const u64) -> u64 {
    black_box(load_word(p)).wrapping_add(1)
}

/// Reads the word at `p` through two inner functions.
///
/// # Safety
/// `p` must point to a readable `u64`; the probe breaks this on purpose, with null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn trace_read(p: *const u64) -> u64 {
    parse_header(p)
}

#[inline(never)]
fn mix_round(x: u64) -> u64 {
    let x = x ^ (x >> 33);
    black_box(x.wrapping_mul(0xff51_afd7_ed55_8ccd))
}

/// Spends CPU time in Rust (about `rounds` multiply-xor rounds) for the CPU profile to sample.
#[unsafe(no_mangle)]
pub extern "C" fn trace_spin(rounds: u64) -> u64 {
    (0..rounds).fold(1, |x, i| mix_round(x ^ i))
}
