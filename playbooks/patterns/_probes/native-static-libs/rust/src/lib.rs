//! Uses threads and the heap, as every pattern crate does, so rustc lists what std needs.

/// Runs a thread that allocates, and returns what it computed.
#[unsafe(no_mangle)]
pub extern "C" fn probe_native_libs_run() -> usize {
    std::thread::spawn(|| vec![0u8; 8].len()).join().unwrap_or(0)
}
