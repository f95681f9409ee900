//! Two panics behind `catch_unwind`: an ordinary one, which it catches, and the misaligned-pointer check of
//! a build with debug assertions, which is a non-unwinding panic and aborts the process anyway.
use std::panic::catch_unwind;

/// Reads the u64 at `buf + offset`; -1 if a panic was caught.
///
/// # Safety
/// `buf + offset` must be readable for 8 bytes. Alignment is deliberately not required by the caller:
/// the probe passes a misaligned address to show what the debug check does with it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dc_read_u64(buf: *const u8, offset: usize) -> i64 {
    catch_unwind(|| {
        // SAFETY: readable for 8 bytes per this function's contract; the alignment is the point of the probe
        // (a plain dereference, as the code the handbook warns about would write it).
        let value = unsafe { *(buf.add(offset) as *const u64) };
        value as i64
    })
    .unwrap_or(-1)
}

/// Panics inside `catch_unwind`; returns -1 when the panic was caught, as it is.
#[unsafe(no_mangle)]
pub extern "C" fn dc_panic() -> i64 {
    catch_unwind(|| -> i64 { panic!("an ordinary panic") }).unwrap_or(-1)
}
