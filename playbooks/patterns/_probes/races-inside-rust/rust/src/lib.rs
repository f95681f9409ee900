//! Two protocols the pattern library relies on, modelled in Rust alone so loom can run them over every
//! interleaving of two threads. Go's -race never sees memory that only Rust touches, and a cgo test
//! runs one interleaving per try; loom explores them all and names the first that breaks.
//!
//! 1. guarded-teardown's close against a writer being opened: a count checked, then acted on.
//! 2. A result published to another thread through a flag (a completion handed to a callback thread).

#[cfg(loom)]
use loom::sync::atomic::{AtomicUsize, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicUsize, Ordering};

/// The journal's count of open writers, or CLOSED once it is freed.
pub struct Count(AtomicUsize);

const CLOSED: usize = usize::MAX;

impl Count {
    pub fn new() -> Self {
        Count(AtomicUsize::new(0))
    }

    /// A writer opens: counted, unless the journal is already closed.
    pub fn open(&self) -> bool {
        if cfg!(feature = "broken-check-then-free") {
            // As guarded-teardown's Rust does, relying on its Go wrapper's lock to keep close out.
            self.0.fetch_add(1, Ordering::AcqRel);
            return true;
        }
        let mut n = self.0.load(Ordering::Acquire);
        loop {
            if n == CLOSED {
                return false;
            }
            match self.0.compare_exchange_weak(n, n + 1, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return true,
                Err(now) => n = now,
            }
        }
    }

    /// A writer closes: its count goes, after every access it made to the journal.
    pub fn close_writer(&self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }

    /// The journal closes, which frees it: only when no writer is open.
    pub fn close(&self) -> bool {
        if cfg!(feature = "broken-check-then-free") {
            // Checked, then acted on: a writer can be counted between the two.
            return self.0.load(Ordering::Acquire) == 0;
        }
        self.0.compare_exchange(0, CLOSED, Ordering::AcqRel, Ordering::Acquire).is_ok()
    }
}

impl Default for Count {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(all(test, loom))]
mod tests {
    use super::Count;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use loom::sync::atomic::{AtomicBool, Ordering};
    use loom::thread;

    /// The journal's memory: a writer reads it while open, close writes it (freeing is a write).
    struct Journal {
        count: Count,
        memory: UnsafeCell<u64>,
    }

    #[test]
    fn close_never_frees_under_an_open_writer() {
        loom::model(|| {
            let j = Arc::new(Journal { count: Count::new(), memory: UnsafeCell::new(7) });
            let writer = {
                let j = j.clone();
                thread::spawn(move || {
                    if j.count.open() {
                        // SAFETY: loom's cell hands out a valid pointer and reports any access that races.
                        j.memory.with(|m| assert_eq!(unsafe { *m }, 7));
                        j.count.close_writer();
                    }
                })
            };
            if j.count.close() {
                // SAFETY: as above; this write stands for freeing the journal.
                j.memory.with_mut(|m| unsafe { *m = 0 });
            }
            writer.join().unwrap();
        });
    }

    #[test]
    fn a_published_result_is_seen_whole() {
        let (publish, observe) = if cfg!(feature = "broken-relaxed-publish") {
            (Ordering::Relaxed, Ordering::Relaxed)
        } else {
            (Ordering::Release, Ordering::Acquire)
        };
        loom::model(move || {
            let result = Arc::new((UnsafeCell::new(0u64), AtomicBool::new(false)));
            let producer = {
                let result = result.clone();
                thread::spawn(move || {
                    // SAFETY: loom's cell hands out a valid pointer and reports any access that races.
                    result.0.with_mut(|r| unsafe { *r = 42 });
                    result.1.store(true, publish);
                })
            };
            if result.1.load(observe) {
                // SAFETY: as above.
                result.0.with(|r| assert_eq!(unsafe { *r }, 42));
            }
            producer.join().unwrap();
        });
    }
}
