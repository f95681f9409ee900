//! Callbacks from a foreign thread: a Rust-owned thread calls back into Go until it is stopped.
//!
//! Go registers a C function pointer (an //export'ed Go function) and an opaque context word (a
//! cgo.Handle). Rust never interprets the context: it only passes it back. The last callback,
//! `TICK_STOPPED`, is made while `ticker_stop` waits for the thread, so when `ticker_stop`
//! returns no callback is running or will ever run again: only then may Go delete the handle.

use std::ptr;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The callback: `ctx` is the caller's context word, returned untouched.
pub type TickFn = unsafe extern "C" fn(ctx: usize, event: i32, value: u64);

pub const TICK_VALUE: i32 = 0; // value = 0, 1, 2, ...
pub const TICK_STOPPED: i32 = 1; // value = how many TICK_VALUE callbacks were made; always last

/// A running ticker. The thread owns a clone of `stop`; the Go side owns the Ticker itself.
pub struct Ticker {
    stop: Arc<(Mutex<bool>, Condvar)>,
    thread: Option<JoinHandle<()>>,
}

/// Starts a thread that calls `cb(ctx, TICK_VALUE, n)` every `period_us` microseconds.
/// Returns null if `cb` is null, `period_us` is 0 or no thread can be started.
///
/// # Safety
/// `cb` must stay callable, and `ctx` meaningful to it, until `ticker_stop` returns: the calls
/// come from a thread that Rust created, at times Go does not choose.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ticker_start(
    cb: Option<TickFn>,
    ctx: usize,
    period_us: u64,
) -> *mut Ticker {
    let Some(cb) = cb else { return ptr::null_mut() };
    if period_us == 0 {
        return ptr::null_mut();
    }
    let stop = Arc::new((Mutex::new(false), Condvar::new()));
    let flag = Arc::clone(&stop);
    let spawned = std::thread::Builder::new().spawn(move || {
        let (lock, cv) = &*flag;
        let mut n = 0;
        loop {
            // Wait one period, or less if ticker_stop wakes us; never call back holding the lock.
            let guard = lock.lock().unwrap_or_else(|p| p.into_inner());
            let (guard, _) = cv
                .wait_timeout(guard, Duration::from_micros(period_us))
                .unwrap_or_else(|p| p.into_inner());
            if *guard {
                break;
            }
            drop(guard);
            // SAFETY: the caller keeps cb and ctx valid until ticker_stop has joined this thread.
            unsafe { cb(ctx, TICK_VALUE, n) };
            n += 1;
        }
        // SAFETY: as above; ticker_stop is still waiting for us, so the context is still valid.
        unsafe { cb(ctx, TICK_STOPPED, n) };
    });
    // thread::spawn would panic instead, and a panic leaving an extern "C" fn aborts the process.
    let Ok(thread) = spawned else {
        return ptr::null_mut();
    };
    Box::into_raw(Box::new(Ticker {
        stop,
        thread: Some(thread),
    }))
}

/// Stops the thread, waits until its final `TICK_STOPPED` callback has returned, and frees the
/// ticker. Null is a no-op. After it returns, no callback with this ticker's `ctx` will run.
///
/// # Safety
/// `t` is null or a live ticker from `ticker_start`, stopped once, and not called from inside
/// one of its own callbacks (the thread would wait for itself).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ticker_stop(t: *mut Ticker) {
    if t.is_null() {
        return;
    }
    // SAFETY: `t` came from Box::into_raw in ticker_start and is stopped only once.
    let mut t = unsafe { Box::from_raw(t) };
    {
        let (lock, cv) = &*t.stop;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = true;
        cv.notify_one();
    }
    if let Some(thread) = t.thread.take() {
        let _ = thread.join(); // no Go panic reaches here: goTick recovers fn's, the rest abort
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    static TICKS: AtomicU64 = AtomicU64::new(0);
    static STOPPED_AT: AtomicU64 = AtomicU64::new(u64::MAX);

    unsafe extern "C" fn record(ctx: usize, event: i32, value: u64) {
        assert_eq!(ctx, 42, "the context word must come back untouched");
        match event {
            TICK_VALUE => _ = TICKS.fetch_add(1, Ordering::SeqCst),
            _ => STOPPED_AT.store(value, Ordering::SeqCst),
        }
    }

    #[test]
    fn stop_waits_for_the_final_callback() {
        // SAFETY: `record` is a plain function and 42 needs no cleanup.
        let t = unsafe { ticker_start(Some(record), 42, 100) };
        assert!(!t.is_null());
        while TICKS.load(Ordering::SeqCst) < 5 {
            std::thread::yield_now();
        }
        // SAFETY: `t` is live and stopped once, from outside its callbacks.
        unsafe { ticker_stop(t) };
        // The final callback has already run, and reports every value callback.
        assert_eq!(
            STOPPED_AT.load(Ordering::SeqCst),
            TICKS.load(Ordering::SeqCst)
        );
    }

    #[test]
    fn invalid_arguments_give_null() {
        // SAFETY: null callbacks and zero periods are rejected before anything runs.
        unsafe {
            assert!(ticker_start(None, 0, 10).is_null());
            assert!(ticker_start(Some(record), 42, 0).is_null());
            ticker_stop(ptr::null_mut());
        }
    }
}
