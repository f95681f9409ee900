//! Buffer pool: equal blocks carved from one Rust allocation, lent to Go one at a time, taken back,
//! and all freed together by one call.
//!
//! A block is lent until Go hands it back with `pool_put`. The pool remembers which blocks are lent,
//! so a block handed back twice is refused instead of being lent to two callers at once, and the pool
//! refuses to be freed while any block is still out.

use std::ptr;

pub const OK: i32 = 0;
pub const NOT_LENT: i32 = -1;
pub const IN_USE: i32 = -2;

/// The pool: `count` blocks of `block` bytes in `storage`, and which of them are lent.
pub struct Pool {
    storage: Box<[u8]>,
    block: usize,
    free: Vec<usize>,
    lent: Vec<bool>,
}

/// Creates a pool of `count` blocks of `block` bytes in one allocation. Null if the size is 0 or
/// overflows.
#[unsafe(no_mangle)]
pub extern "C" fn pool_new(block: usize, count: usize) -> *mut Pool {
    let Some(total) = block.checked_mul(count).filter(|&t| t > 0) else {
        return ptr::null_mut();
    };
    Box::into_raw(Box::new(Pool {
        storage: vec![0u8; total].into_boxed_slice(),
        block,
        free: (0..count).rev().collect(),
        lent: vec![false; count],
    }))
}

/// Lends one block: its address, or null when every block is lent.
///
/// # Safety
/// `p` is null or a live pool from `pool_new`, used by one call at a time.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pool_get(p: *mut Pool) -> *mut u8 {
    // SAFETY: caller contract above.
    let Some(p) = (unsafe { p.as_mut() }) else {
        return ptr::null_mut();
    };
    let Some(i) = p.free.pop() else {
        return ptr::null_mut();
    };
    p.lent[i] = true;
    // SAFETY: i < count, so the block starts inside `storage` and has `block` bytes after it.
    unsafe { p.storage.as_mut_ptr().add(i * p.block) }
}

/// Takes a block back. NOT_LENT if `b` is not the start of a block of this pool that is lent now.
///
/// # Safety
/// `p` is null or a live pool from `pool_new`, used by one call at a time.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pool_put(p: *mut Pool, b: *const u8) -> i32 {
    // SAFETY: caller contract above.
    let Some(p) = (unsafe { p.as_mut() }) else {
        return NOT_LENT;
    };
    let Some(i) = index_of(p, b) else {
        return NOT_LENT;
    };
    #[cfg(not(feature = "broken-double-put"))]
    if !p.lent[i] {
        return NOT_LENT; // handed back twice: lending it again would give two callers one block
    }
    p.lent[i] = false;
    p.free.push(i);
    OK
}

/// The index of the block that starts at `b`, if `b` is the start of one of this pool's blocks.
fn index_of(p: &Pool, b: *const u8) -> Option<usize> {
    let offset = (b as usize).checked_sub(p.storage.as_ptr() as usize)?;
    let i = offset / p.block;
    (offset % p.block == 0 && i < p.lent.len()).then_some(i)
}

/// Frees the pool and every block at once. IN_USE, with nothing freed, while any block is lent.
///
/// # Safety
/// `p` is null or a live pool from `pool_new`; after OK it must not be used again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pool_free(p: *mut Pool) -> i32 {
    // SAFETY: caller contract above.
    let Some(pool) = (unsafe { p.as_ref() }) else {
        return OK;
    };
    if pool.lent.iter().any(|&l| l) {
        return IN_USE;
    }
    // SAFETY: `p` came from Box::into_raw in pool_new and is freed once.
    drop(unsafe { Box::from_raw(p) });
    OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lends_each_block_once_and_frees_only_when_all_are_back() {
        let p = pool_new(16, 2);
        // SAFETY: `p` is live and used by this test only.
        unsafe {
            let (a, b) = (pool_get(p), pool_get(p));
            assert!(!a.is_null() && !b.is_null() && a != b);
            assert!(pool_get(p).is_null());
            assert_eq!(pool_free(p), IN_USE);
            assert_eq!(pool_put(p, a.add(1)), NOT_LENT);
            assert_eq!(pool_put(p, a), OK);
            assert_eq!(pool_put(p, b), OK);
            assert_eq!(pool_free(p), OK);
        }
    }
}
