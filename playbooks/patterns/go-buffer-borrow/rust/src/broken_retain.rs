//! BROKEN (retained loan): the Seen set keeps the pointer Go lent it instead of a copy.

/// A "key" that is really Go's buffer, which Go may reuse, move or let the GC free after the call.
pub type Key = &'static [u8];

/// Wrong: stretches a loan for the duration of one call to 'static. Rust's borrow checker cannot
/// object, because the lifetime came from a raw pointer; every later lookup reads memory that
/// Rust does not own and that may already hold something else.
pub fn keep(borrowed: &[u8]) -> Key {
    // SAFETY: none. This is the bug: nothing guarantees the bytes outlive the call.
    unsafe { std::slice::from_raw_parts(borrowed.as_ptr(), borrowed.len()) }
}
