//! Busy flag: an atomic "someone is inside this handle" bit that turns concurrent use into a loud abort.
//!
//! Go's race detector does not see memory that only Rust touches, so two goroutines calling into the
//! same non-thread-safe handle at once race silently. A handle that embeds a `Busy` and enters it
//! at the top of every exported function reports that misuse deterministically, whenever the two
//! calls overlap, with a message starting "busy flag:". It is one atomic swap per call.
//!
//! Include it from a crate's lib.rs (the path is relative to that file):
//!     #[path = "../../../_shared/rust/busy.rs"]
//!     mod busy;

// Each crate uses only some of these helpers.
#![allow(dead_code)]

use std::sync::atomic::{AtomicBool, Ordering};

/// Embed one in each handle that must not be used from two threads at once.
pub struct Busy(AtomicBool);

/// Held while a call is inside the handle; leaving the call (even by unwinding) clears the flag.
pub struct BusyGuard<'a>(&'a Busy);

impl Busy {
    pub const fn new() -> Self {
        Busy(AtomicBool::new(false))
    }

    /// Marks the handle busy for the life of the guard, or None if another call is inside it.
    /// Use this where the function can return an error code instead of aborting.
    pub fn try_enter(&self) -> Option<BusyGuard<'_>> {
        // Acquire pairs with the Release in Drop, so the previous caller's writes are visible.
        if self.0.swap(true, Ordering::Acquire) {
            None
        } else {
            Some(BusyGuard(self))
        }
    }

    /// Marks the handle busy, or reports the concurrent use and aborts: a strict failure policy,
    /// for handles whose contract says "one caller at a time" and where a violation is a bug.
    pub fn enter(&self, what: &str) -> BusyGuard<'_> {
        match self.try_enter() {
            Some(g) => g,
            None => {
                eprintln!(
                    "busy flag: {what} on handle {:p} entered while another call was still inside it \
                     (the handle was shared between goroutines without a lock)",
                    self
                );
                std::process::abort();
            }
        }
    }
}

impl Default for Busy {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for BusyGuard<'_> {
    fn drop(&mut self) {
        self.0.0.store(false, Ordering::Release);
    }
}
