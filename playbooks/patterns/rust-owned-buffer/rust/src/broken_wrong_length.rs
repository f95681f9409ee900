//! BROKEN (wrong length): hands Go the length where the capacity belongs.

use crate::RBuf;
use std::mem::ManuallyDrop;

/// Wrong: `cap: v.len()`. A Vec that grew while it was built almost always has spare capacity,
/// so `rb_free` later deallocates with a smaller size than was allocated. Rust's allocator API
/// makes that undefined behaviour; with malloc underneath it usually "works", which is why it hides.
pub fn into_raw(v: Vec<u8>) -> RBuf {
    if v.capacity() == 0 {
        return RBuf {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
    }
    let mut v = ManuallyDrop::new(v);
    RBuf {
        ptr: v.as_mut_ptr(),
        len: v.len(),
        cap: v.len(),
    }
}
