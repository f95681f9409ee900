//! Strings across the boundary: NUL-terminated C strings and pointer+length UTF-8, in and out.
//!
//! In: `st_greet` takes a NUL-terminated C string (Go: C.CString), `st_upper` takes pointer +
//! length (Go: unsafe.StringData, no copy, no NUL). Out: both return a Rust `CString` through
//! `into_raw`, which Go copies and gives back to `st_string_free`, never to `C.free`.

use std::ffi::{CStr, CString, c_char};

pub const ST_OK: i32 = 0;
pub const ST_ERR_NULL: i32 = 1;
pub const ST_ERR_UTF8: i32 = 2; // input is not valid UTF-8
pub const ST_ERR_NUL: i32 = 3; // the result would contain a NUL byte, which a C string cannot hold

/// Hands a Rust string to C: NUL-terminated, allocated by Rust, freed by `st_string_free`.
fn give(s: String, out: *mut *mut c_char) -> i32 {
    match CString::new(s) {
        Ok(c) => {
            // SAFETY: `out` was checked non-null by the caller of `give` and is valid for one write.
            unsafe { out.write(c.into_raw()) };
            ST_OK
        }
        Err(_) => ST_ERR_NUL,
    }
}

/// Writes "Hello, <name>!" to `*out`.
///
/// # Safety
/// `name` is a NUL-terminated string readable for this call; `out` is valid for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn st_greet(name: *const c_char, out: *mut *mut c_char) -> i32 {
    if name.is_null() || out.is_null() {
        return ST_ERR_NULL;
    }
    // SAFETY: the caller promises a NUL-terminated string; from_ptr reads up to that NUL
    // (with libc strlen), so a missing terminator means reading past the buffer.
    let name = unsafe { CStr::from_ptr(name) };
    let Ok(name) = name.to_str() else {
        return ST_ERR_UTF8;
    };
    give(format!("Hello, {name}!"), out)
}

/// Writes the upper-case form of the UTF-8 text `s[..len]` to `*out`.
///
/// # Safety
/// `s` is readable for `len` bytes for this call (or `len` is 0); `out` is valid for one write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn st_upper(s: *const u8, len: usize, out: *mut *mut c_char) -> i32 {
    if out.is_null() || (s.is_null() && len > 0) {
        return ST_ERR_NULL;
    }
    let bytes = if len == 0 {
        &[][..]
    } else {
        // SAFETY: non-null and readable for len bytes for this call (caller contract). The
        // length is the only bound: there is no terminator to fall back on.
        unsafe { std::slice::from_raw_parts(s, len) }
    };
    // Go strings are usually UTF-8 but nothing guarantees it: check, never assume.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return ST_ERR_UTF8;
    };
    give(text.to_uppercase(), out) // may change the byte length: "ﬁ" (3 bytes) becomes "FI"
}

/// Frees a string returned by this library. Null is a no-op.
///
/// # Safety
/// `s` came from `st_greet` or `st_upper`, was not modified, and is freed only once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn st_string_free(s: *mut c_char) {
    if !s.is_null() {
        // SAFETY: `s` came from CString::into_raw; from_raw finds its length again with strlen,
        // so a string whose bytes were changed would be freed with the wrong size.
        drop(unsafe { CString::from_raw(s) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr;

    fn take(rc: i32, out: *mut c_char) -> Result<String, i32> {
        if rc != ST_OK {
            return Err(rc);
        }
        // SAFETY: on ST_OK, `out` is a live CString from `give`; it is copied, then freed once.
        unsafe {
            let s = CStr::from_ptr(out).to_str().unwrap().to_owned();
            st_string_free(out);
            Ok(s)
        }
    }

    fn upper(s: &[u8]) -> Result<String, i32> {
        let mut out = ptr::null_mut();
        // SAFETY: `s` and `out` outlive the call.
        take(unsafe { st_upper(s.as_ptr(), s.len(), &mut out) }, out)
    }

    #[test]
    fn greet_reads_up_to_the_nul() {
        let mut out = ptr::null_mut();
        // SAFETY: the literal is NUL-terminated and 'static.
        let rc = unsafe { st_greet(c"Zoë".as_ptr(), &mut out) };
        assert_eq!(take(rc, out).as_deref(), Ok("Hello, Zoë!"));
    }

    #[test]
    fn upper_uses_the_length_and_checks_utf8() {
        assert_eq!(
            upper("héllo wörld".as_bytes()).as_deref(),
            Ok("HÉLLO WÖRLD")
        );
        assert_eq!(upper("ﬁ".as_bytes()).as_deref(), Ok("FI"));
        assert_eq!(upper(b"abc\0def"), Err(ST_ERR_NUL));
        assert_eq!(upper(b"\xff"), Err(ST_ERR_UTF8));
        assert_eq!(upper(&"é".as_bytes()[..1]), Err(ST_ERR_UTF8)); // half a character
        assert_eq!(upper(b"").as_deref(), Ok(""));
    }
}
