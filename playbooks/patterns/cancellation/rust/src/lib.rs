//! A long call that borrows the caller's buffer and stops early when its cancel token is set.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

pub const OK: i32 = 0;
/// The token was set: the call stopped between two chunks and no longer touches the buffer.
pub const CANCELLED: i32 = 1;

const CHUNK: usize = 4096;
/// The simulated sink accepts one chunk every PACE (a socket, a disk, a rate limiter).
const PACE: Duration = Duration::from_millis(2);

/// Calls currently inside `send`: a gauge for metrics, and for tests that must know when Rust let go.
static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);

/// Decrements IN_FLIGHT when `send` returns, after its last access to the caller's memory.
struct InFlight;

impl Drop for InFlight {
    fn drop(&mut self) {
        IN_FLIGHT.fetch_sub(1, Ordering::Release);
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn interlock_cancellation_in_flight() -> usize {
    IN_FLIGHT.load(Ordering::Acquire)
}

/// Set by Go from another thread while the call runs; read by the call between chunks.
pub struct CancelToken(AtomicBool);

#[unsafe(no_mangle)]
pub extern "C" fn interlock_cancellation_token_new() -> *mut CancelToken {
    Box::into_raw(Box::new(CancelToken(AtomicBool::new(false))))
}

/// Asks a running call to stop. It returns at its next check, not immediately.
///
/// # Safety
/// `t` must be a live token.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_cancellation_token_cancel(t: *const CancelToken) {
    // SAFETY: live token by contract; only an atomic is touched, so any thread may call this.
    unsafe { &*t }.0.store(true, Ordering::Release);
}

/// # Safety
/// `t` must be a live token that no running call still uses.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_cancellation_token_free(t: *mut CancelToken) {
    // SAFETY: allocated by Box in `token_new`; the caller guarantees no call still reads it.
    drop(unsafe { Box::from_raw(t) });
}

/// Sends `data` to the slow sink chunk by chunk and writes a checksum of what was sent.
/// Returns OK, or CANCELLED if the token was set; either way, once it returns it has let go of
/// `data` and `token`. Until it returns, both are borrowed.
///
/// # Safety
/// `data` must point to `len` readable bytes and `token` must be live, both until this returns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_cancellation_send(
    data: *const u8,
    len: usize,
    token: *const CancelToken,
    checksum: *mut u64,
) -> i32 {
    IN_FLIGHT.fetch_add(1, Ordering::AcqRel);
    let _in_flight = InFlight;
    // SAFETY: by contract, valid for the whole call (not just its start). Go passes nil for an empty
    // slice, which `from_raw_parts` forbids even with a length of 0.
    let data: &[u8] = if len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(data, len) } };
    // SAFETY: live by contract until this returns.
    let token = unsafe { &*token };
    let mut staging = [0u8; CHUNK];
    let mut sum = 0u64;
    for chunk in data.chunks(CHUNK) {
        if token.0.load(Ordering::Acquire) {
            return CANCELLED;
        }
        std::thread::sleep(PACE); // waiting for the sink: where a cancel usually arrives
        let staged = &mut staging[..chunk.len()];
        staged.copy_from_slice(chunk); // reads the caller's buffer
        sum = staged
            .iter()
            .fold(sum, |s, &b| s.rotate_left(5) ^ u64::from(b));
    }
    // SAFETY: writable by contract.
    unsafe { checksum.write(sum) };
    OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_token_stops_the_call_before_it_reads() {
        let t = interlock_cancellation_token_new();
        let data = vec![7u8; 3 * CHUNK];
        let mut sum = 0;
        // SAFETY: live token and buffer for the duration; the token is freed once, at the end.
        unsafe {
            assert_eq!(
                interlock_cancellation_send(data.as_ptr(), data.len(), t, &mut sum),
                OK
            );
            interlock_cancellation_token_cancel(t);
            assert_eq!(
                interlock_cancellation_send(data.as_ptr(), data.len(), t, &mut sum),
                CANCELLED
            );
            interlock_cancellation_token_free(t);
        }
    }
}
