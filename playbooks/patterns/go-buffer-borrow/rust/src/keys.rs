//! How the Seen set keeps a key: it copies the borrowed bytes into a Vec it owns.

pub type Key = Vec<u8>;

/// The loan ends when the exported call returns, so keep a copy, never the pointer.
pub fn keep(borrowed: &[u8]) -> Key {
    borrowed.to_vec()
}
