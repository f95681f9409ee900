//! Errors cross the C ABI as a stable code plus a message, both written into the caller's out-parameter.

use std::num::IntErrorKind;

#[cfg(feature = "broken-last-error")]
mod last_error;

/// Stable error codes: part of the ABI, mirrored in go/errors.go. Never renumber; only append.
pub const OK: i32 = 0;
/// The caller broke the contract: a null pointer, or bytes that are not UTF-8.
pub const INVALID_ARGUMENT: i32 = 1;
/// The input is not a number at all.
pub const SYNTAX: i32 = 2;
/// A number, but not a usable port.
pub const OUT_OF_RANGE: i32 = 3;

pub const MESSAGE_CAP: usize = 256;

/// The out-parameter. The caller owns it (on its stack); Rust only writes into it, so no allocation
/// crosses the boundary and the message cannot be mixed up with another call's.
#[repr(C)]
pub struct ErrorOut {
    pub code: i32,
    pub message_len: u32,
    pub message: [u8; MESSAGE_CAP],
}

/// The Rust-side error: a code for programs, a message with context for people.
#[derive(Debug)]
pub struct Error {
    pub code: i32,
    pub message: String,
}

pub fn parse_port(s: &str) -> Result<u16, Error> {
    let n: u64 = s.parse().map_err(|e: std::num::ParseIntError| Error {
        code: if *e.kind() == IntErrorKind::PosOverflow {
            OUT_OF_RANGE
        } else {
            SYNTAX
        },
        message: format!("port {s:?}: {e}"),
    })?;
    match u16::try_from(n) {
        Ok(p) if p != 0 => Ok(p),
        _ => Err(Error {
            code: OUT_OF_RANGE,
            message: format!("port {n} is outside 1..=65535"),
        }),
    }
}

impl ErrorOut {
    /// Copies the message, truncated on a character boundary so Go always receives valid UTF-8.
    fn set(&mut self, e: &Error) {
        let mut n = e.message.len().min(MESSAGE_CAP);
        while !e.message.is_char_boundary(n) {
            n -= 1;
        }
        self.code = e.code;
        self.message_len = n as u32;
        self.message[..n].copy_from_slice(&e.message.as_bytes()[..n]);
    }
}

/// Reads the caller's (pointer, length) as UTF-8. A zero length may come with a null pointer.
///
/// # Safety
/// `s` must be null or point to `len` readable bytes that stay unchanged for the call.
pub(crate) unsafe fn input<'a>(s: *const u8, len: usize) -> Result<&'a str, Error> {
    let bytes: &[u8] = match (s.is_null(), len) {
        (true, 0) => &[],
        (true, _) => {
            return Err(Error {
                code: INVALID_ARGUMENT,
                message: "null input with non-zero length".into(),
            });
        }
        // SAFETY: non-null and, by the caller's contract, `len` readable bytes for this call.
        (false, _) => unsafe { std::slice::from_raw_parts(s, len) },
    };
    std::str::from_utf8(bytes).map_err(|e| Error {
        code: INVALID_ARGUMENT,
        message: format!("input is not UTF-8: {e}"),
    })
}

/// Parses a TCP port. Returns OK and writes `*out`, or returns a code and fills `*err` (if non-null).
///
/// # Safety
/// `s`/`len` as for `input`; `out` must be writable; `err` must be null or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_error_translation_parse_port(
    s: *const u8,
    len: usize,
    out: *mut u16,
    err: *mut ErrorOut,
) -> i32 {
    // SAFETY: forwarded caller contract.
    let result = unsafe { input(s, len) }.and_then(parse_port);
    match result {
        Ok(port) if !out.is_null() => {
            // SAFETY: non-null and writable by contract.
            unsafe { out.write(port) };
            OK
        }
        Ok(_) => INVALID_ARGUMENT,
        Err(e) => {
            // SAFETY: null or writable by contract; as_mut turns null into None.
            if let Some(err) = unsafe { err.as_mut() } {
                err.set(&e);
            }
            e.code
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable() {
        assert_eq!(parse_port("8080").unwrap(), 8080);
        assert_eq!(parse_port("80a").unwrap_err().code, SYNTAX);
        assert_eq!(parse_port("").unwrap_err().code, SYNTAX);
        assert_eq!(parse_port("0").unwrap_err().code, OUT_OF_RANGE);
        assert_eq!(parse_port("70000").unwrap_err().code, OUT_OF_RANGE);
        assert_eq!(
            parse_port("99999999999999999999999").unwrap_err().code,
            OUT_OF_RANGE
        );
    }

    #[test]
    fn message_is_truncated_on_a_char_boundary() {
        let mut out = ErrorOut {
            code: 0,
            message_len: 0,
            message: [0; MESSAGE_CAP],
        };
        out.set(&Error {
            code: SYNTAX,
            message: "é".repeat(200),
        }); // 400 bytes, 2 per char
        assert_eq!(out.message_len, 256);
        out.set(&Error {
            code: SYNTAX,
            message: format!("x{}", "é".repeat(200)),
        });
        assert_eq!(out.message_len, 255); // 256 would split an é
        assert!(std::str::from_utf8(&out.message[..255]).is_ok());
    }

    #[test]
    fn the_c_entry_point_fills_the_out_parameter() {
        let mut out = 0u16;
        let mut err = ErrorOut {
            code: 0,
            message_len: 0,
            message: [0; MESSAGE_CAP],
        };
        let s = "80a";
        // SAFETY: valid pointers to locals for the duration of the call.
        let rc = unsafe {
            interlock_error_translation_parse_port(s.as_ptr(), s.len(), &mut out, &mut err)
        };
        assert_eq!(rc, SYNTAX);
        assert_eq!(err.code, SYNTAX);
        let msg = std::str::from_utf8(&err.message[..err.message_len as usize]).unwrap();
        assert_eq!(msg, "port \"80a\": invalid digit found in string");
    }
}
