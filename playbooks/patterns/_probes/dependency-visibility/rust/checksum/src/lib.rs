//! A byte sum: the dependency whose presence in the Go binary the probe looks for.

/// The wrapping sum of the bytes.
pub fn sum(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0u8, |a, b| a.wrapping_add(*b))
}
