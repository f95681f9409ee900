//! Takes a Vec apart for Go: pointer, length and the capacity the allocator really gave it.

use crate::RBuf;
use std::mem::ManuallyDrop;

/// Rust stops owning `v` here; `rb_free` rebuilds it from exactly these three numbers.
pub fn into_raw(v: Vec<u8>) -> RBuf {
    if v.capacity() == 0 {
        return RBuf {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        }; // nothing was allocated
    }
    let mut v = ManuallyDrop::new(v);
    RBuf {
        ptr: v.as_mut_ptr(),
        len: v.len(),
        cap: v.capacity(),
    }
}
