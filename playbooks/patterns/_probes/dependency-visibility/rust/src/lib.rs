//! One export that uses the dependency, so the dependency's code is linked into the Go binary.

/// The checksum of `len` bytes at `p`; 0 for a null pointer.
///
/// # Safety
/// `p` is null or points to `len` readable bytes for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn depvis_sum(p: *const u8, len: usize) -> u8 {
    if p.is_null() {
        return 0;
    }
    // SAFETY: the caller lends `len` readable bytes at `p` for this call.
    let bytes = unsafe { std::slice::from_raw_parts(p, len) };
    probe_checksum::sum(bytes)
}
