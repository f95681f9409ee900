//! A handle that is not thread-safe, guarded by a busy flag that turns concurrent use into a loud abort.

use std::cell::UnsafeCell;

#[path = "../../../_shared/rust/busy.rs"]
mod busy;

const BUCKETS: usize = 16;

/// A latency histogram. Deliberately not Sync: recording is a handful of plain read-modify-writes,
/// and the contract says one caller at a time. The Go wrapper provides the mutual exclusion.
pub struct Histogram {
    busy: busy::Busy,
    inner: UnsafeCell<Inner>, // touched only while `busy` is held
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct Snapshot {
    pub count: u64,
    pub sum: u64,
    pub buckets: [u64; BUCKETS], // bucket i counts values with bit length i (the last one: >= 15)
}

type Inner = Snapshot;

impl Histogram {
    /// Runs `f` with exclusive access, or aborts with "busy flag:" if another call is inside.
    fn with<R>(&self, what: &str, f: impl FnOnce(&mut Inner) -> R) -> R {
        let _busy = self.busy.enter(what);
        // SAFETY: the busy flag guarantees no other call holds a reference into `inner`.
        f(unsafe { &mut *self.inner.get() })
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn interlock_shared_handle_new() -> *mut Histogram {
    Box::into_raw(Box::new(Histogram {
        busy: busy::Busy::new(),
        inner: UnsafeCell::new(Inner::default()),
    }))
}

/// # Safety
/// `h` must come from `interlock_shared_handle_new` and not be freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_shared_handle_record(h: *const Histogram, value: u64) {
    // SAFETY: live handle by contract; only a shared reference is formed.
    let h = unsafe { &*h };
    h.with("interlock_shared_handle_record", |s| {
        let bucket = (u64::BITS - value.leading_zeros()) as usize;
        s.buckets[bucket.min(BUCKETS - 1)] += 1;
        s.count += 1;
        s.sum = s.sum.wrapping_add(value);
    });
}

/// # Safety
/// `h` as for `record`; `out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_shared_handle_snapshot(h: *const Histogram, out: *mut Snapshot) {
    // SAFETY: live handle by contract.
    let h = unsafe { &*h };
    // SAFETY: `out` is writable by contract.
    h.with("interlock_shared_handle_snapshot", |s| unsafe {
        out.write(*s)
    });
}

/// # Safety
/// `h` must come from `interlock_shared_handle_new`; it is invalid afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn interlock_shared_handle_free(h: *mut Histogram) {
    if h.is_null() {
        return;
    }
    // SAFETY: live handle by contract.
    drop(unsafe { &*h }.busy.enter("interlock_shared_handle_free")); // a free racing a call is caught too
    // SAFETY: allocated by Box in `new`, and no call is inside it (checked just above).
    drop(unsafe { Box::from_raw(h) });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_into_power_of_two_buckets() {
        let h = interlock_shared_handle_new();
        let mut s = Snapshot::default();
        // SAFETY: a live handle used from one thread, freed once.
        unsafe {
            for v in [0, 1, 3, 1000, u64::MAX] {
                interlock_shared_handle_record(h, v);
            }
            interlock_shared_handle_snapshot(h, &mut s);
            interlock_shared_handle_free(h);
        }
        assert_eq!(s.count, 5);
        assert_eq!(
            (
                s.buckets[0],
                s.buckets[1],
                s.buckets[2],
                s.buckets[10],
                s.buckets[15]
            ),
            (1, 1, 1, 1, 1)
        );
    }
}
