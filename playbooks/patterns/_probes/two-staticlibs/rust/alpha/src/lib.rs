//! alpha: a staticlib with its own copy of std (allocation and the panic runtime are both used).

/// Length of a freshly allocated vector of n bytes; 0 if that panicked.
#[unsafe(no_mangle)]
pub extern "C" fn alpha_len(n: usize) -> usize {
    std::panic::catch_unwind(|| vec![1u8; n].len()).unwrap_or(0)
}
