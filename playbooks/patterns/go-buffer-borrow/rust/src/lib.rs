//! Go buffer borrow: Rust reads bytes that Go owns, and only while the call that lent them runs.
//!
//! Every pointer+length pair below is a loan that ends when the function returns. Rust may read
//! the bytes during the call; anything it needs afterwards it must copy into memory it owns.

use std::collections::HashSet;

// The one place where the Seen set decides how to keep a key (copy it, or, broken, keep the loan).
#[cfg(not(feature = "broken-retain"))]
mod keys;
#[cfg(feature = "broken-retain")]
#[path = "broken_retain.rs"]
mod keys;

/// One borrowed buffer in a gather list. Go fills these with pinned pointers (runtime.Pinner).
#[repr(C)]
pub struct Span {
    pub ptr: *const u8,
    pub len: usize,
}

/// Turns a borrowed (ptr, len) into a slice for the duration of the call.
///
/// # Safety
/// Unless `len` is 0, `ptr` must be valid for `len` reads for lifetime 'a, which the caller
/// keeps to the current call. Go passes nil for an empty slice, which `from_raw_parts` forbids,
/// hence the special case.
unsafe fn borrowed<'a>(ptr: *const u8, len: usize) -> Option<&'a [u8]> {
    if len == 0 {
        return Some(&[]);
    }
    if ptr.is_null() {
        return None;
    }
    // SAFETY: non-null, and the caller promises `len` readable bytes for 'a.
    Some(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// FNV-1a, 32 bits: small, dependency-free, and enough to show the bytes were read.
fn fnv1a(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h
}
const FNV_OFFSET: u32 = 0x811c_9dc5;

/// Checksum of one borrowed buffer. Returns 0 for a null pointer with a non-zero length.
///
/// # Safety
/// `data` is valid for `len` reads for this call (or `len` is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bb_checksum(data: *const u8, len: usize) -> u32 {
    // SAFETY: forwarded caller contract; the slice does not outlive this call.
    match unsafe { borrowed(data, len) } {
        Some(bytes) => fnv1a(FNV_OFFSET, bytes),
        None => 0,
    }
}

/// Checksum of the concatenation of `n` borrowed buffers (a gather list).
///
/// # Safety
/// `spans` is valid for `n` reads, and each span's buffer for its `len` reads, for this call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bb_checksum_spans(spans: *const Span, n: usize) -> u32 {
    let mut h = FNV_OFFSET;
    // SAFETY: the caller lends `n` spans for this call.
    let Some(list) = (unsafe { borrowed_spans(spans, n) }) else {
        return 0;
    };
    for s in list {
        // SAFETY: each span is a loan for this call, per the caller contract.
        match unsafe { borrowed(s.ptr, s.len) } {
            Some(bytes) => h = fnv1a(h, bytes),
            None => return 0,
        }
    }
    h
}

/// # Safety
/// As for `borrowed`, with `n` spans.
unsafe fn borrowed_spans<'a>(spans: *const Span, n: usize) -> Option<&'a [Span]> {
    if n == 0 {
        return Some(&[]);
    }
    // SAFETY: `Span` is repr(C); the caller promises `n` valid spans for 'a.
    (!spans.is_null()).then(|| unsafe { std::slice::from_raw_parts(spans, n) })
}

/// A set of byte strings seen so far. Keys arrive as loans, so it must keep copies.
pub struct Seen {
    keys: HashSet<keys::Key>,
}

#[unsafe(no_mangle)]
pub extern "C" fn seen_new() -> *mut Seen {
    Box::into_raw(Box::new(Seen {
        keys: HashSet::new(),
    }))
}

/// Adds a key: 1 if it was new, 0 if already present, -1 for a null handle or buffer.
///
/// # Safety
/// `s` is a live handle from `seen_new` used by one call at a time; `key` is valid for `len`
/// reads for this call only.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn seen_insert(s: *mut Seen, key: *const u8, len: usize) -> i32 {
    // SAFETY: caller contract above.
    let (Some(s), Some(key)) = (unsafe { s.as_mut() }, unsafe { borrowed(key, len) }) else {
        return -1;
    };
    if s.keys.contains(key) {
        return 0;
    }
    s.keys.insert(keys::keep(key));
    1
}

/// # Safety
/// `s` is null or a live handle from `seen_new`, freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn seen_free(s: *mut Seen) {
    if !s.is_null() {
        // SAFETY: `s` came from Box::into_raw in seen_new.
        drop(unsafe { Box::from_raw(s) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_null_inputs() {
        // SAFETY: null with len 0 is the documented empty case; null with len 1 is rejected.
        unsafe {
            assert_eq!(bb_checksum(std::ptr::null(), 0), FNV_OFFSET);
            assert_eq!(bb_checksum(std::ptr::null(), 1), 0);
            assert_eq!(bb_checksum_spans(std::ptr::null(), 0), FNV_OFFSET);
        }
    }

    #[test]
    fn spans_hash_like_one_buffer() {
        let (a, b) = (b"hello, ".as_slice(), b"world".as_slice());
        let spans = [
            Span {
                ptr: a.as_ptr(),
                len: a.len(),
            },
            Span {
                ptr: b.as_ptr(),
                len: b.len(),
            },
        ];
        // SAFETY: all buffers live on this stack frame for the whole call.
        unsafe {
            assert_eq!(
                bb_checksum_spans(spans.as_ptr(), 2),
                bb_checksum(b"hello, world".as_ptr(), 12)
            );
        }
    }

    #[test]
    fn seen_copies_its_keys() {
        let s = seen_new();
        let mut buf = b"alpha".to_vec();
        // SAFETY: `s` is live and used by this thread only; `buf` outlives each call.
        unsafe {
            assert_eq!(seen_insert(s, buf.as_ptr(), buf.len()), 1);
            buf.copy_from_slice(b"omega"); // the caller reuses its buffer after the call
            assert_eq!(
                seen_insert(s, b"alpha".as_ptr(), 5),
                0,
                "the set must hold its own copy"
            );
            assert_eq!(seen_insert(s, buf.as_ptr(), buf.len()), 1);
            seen_free(s);
        }
    }
}
