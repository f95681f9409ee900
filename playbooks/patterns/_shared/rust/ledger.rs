//! Live-allocation ledger: a counting global allocator that notices frees Rust did not make itself.
//!
//! Go's `-race` and `-asan` cannot see inside Rust code, and Rust's allocator is plain malloc, so a
//! Rust buffer freed with `C.free`, freed twice by Rust, or given back with the wrong length goes
//! unnoticed by ASan and valgrind alike. This wrapper over `std::alloc::System` records every live
//! allocation as (pointer, size) and aborts with a message starting "ledger:" as soon as a free
//! does not match a live allocation of the same size. Tests read the live count through the
//! `extern "C"` functions each crate exports (see the README), snapshotting after a warm-up call
//! because std allocates lazily.
//!
//! Include it from a crate's lib.rs (the path is relative to that file):
//!     #[path = "../../../_shared/rust/ledger.rs"]
//!     mod ledger;
//! Including the module installs the allocator: no other code changes are needed.

// Each crate uses only some of these helpers.
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Open-addressing table size. The ledger must not allocate (it *is* the allocator), so the table
/// is a fixed static: 65,536 slots, 1 MiB of zeroed memory.
const SLOTS: usize = 1 << 16;

struct Table {
    ptrs: [usize; SLOTS],  // 0 = empty slot
    sizes: [usize; SLOTS], // size the allocation was made with
}

struct Shared(UnsafeCell<Table>);
// SAFETY: every access to the table goes through `with_table`, which holds the LOCK spin lock.
unsafe impl Sync for Shared {}

static TABLE: Shared = Shared(UnsafeCell::new(Table {
    ptrs: [0; SLOTS],
    sizes: [0; SLOTS],
}));
static LOCK: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

/// The allocator itself; `#[global_allocator]` below routes every Rust allocation through it.
pub struct Ledger;

#[global_allocator]
static GLOBAL: Ledger = Ledger;

/// Number of Rust allocations currently live.
pub fn live_count() -> usize {
    LIVE.load(Ordering::SeqCst)
}

/// Total bytes of the Rust allocations currently live.
pub fn live_bytes() -> usize {
    BYTES.load(Ordering::SeqCst)
}

/// True if `ptr` is a live Rust allocation made with exactly `size` bytes. Handy as a debug check
/// on handles coming back from Go; it cannot tell a freed handle from a new one at the same address.
pub fn is_live(ptr: *const u8, size: usize) -> bool {
    with_table(|t| find(t, ptr as usize).is_some_and(|i| t.sizes[i] == size))
}

// A spin lock: std's Mutex may allocate on some platforms, and allocation here would recurse.
fn with_table<R>(f: impl FnOnce(&mut Table) -> R) -> R {
    while LOCK
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        std::hint::spin_loop();
    }
    // SAFETY: the lock above gives this thread exclusive access until the store below.
    let r = f(unsafe { &mut *TABLE.0.get() });
    LOCK.store(false, Ordering::Release);
    r
}

fn home(ptr: usize) -> usize {
    // Fibonacci hashing; the low 4 bits of malloc pointers are always zero.
    ((ptr >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 16)) & (SLOTS - 1)
}

fn find(t: &Table, ptr: usize) -> Option<usize> {
    let mut i = home(ptr);
    while t.ptrs[i] != 0 {
        if t.ptrs[i] == ptr {
            return Some(i);
        }
        i = (i + 1) & (SLOTS - 1);
    }
    None
}

fn record(ptr: *mut u8, size: usize) {
    let p = ptr as usize;
    let clash = with_table(|t| {
        let mut i = home(p);
        while t.ptrs[i] != 0 {
            if t.ptrs[i] == p {
                return Some(t.sizes[i]); // still "live": someone freed it behind Rust's back
            }
            i = (i + 1) & (SLOTS - 1);
        }
        if LIVE.load(Ordering::Relaxed) >= SLOTS - 1 {
            return Some(usize::MAX);
        }
        t.ptrs[i] = p;
        t.sizes[i] = size;
        LIVE.fetch_add(1, Ordering::SeqCst);
        BYTES.fetch_add(size, Ordering::SeqCst);
        None
    });
    match clash {
        None => {}
        Some(usize::MAX) => fail(format_args!("table full ({SLOTS} live allocations)")),
        Some(old) => fail(format_args!(
            "malloc returned {p:#x} ({size} bytes) while the ledger still holds it as a live \
             {old}-byte Rust allocation: it was freed outside Rust (C.free or another allocator)"
        )),
    }
}

fn forget(ptr: *mut u8, size: usize) {
    let p = ptr as usize;
    let found = with_table(|t| {
        let i = find(t, p)?;
        let old = t.sizes[i];
        if old != size {
            return Some(old);
        }
        // Backward-shift deletion keeps every probe chain intact without tombstones.
        let mut hole = i;
        let mut j = (i + 1) & (SLOTS - 1);
        while t.ptrs[j] != 0 {
            let h = home(t.ptrs[j]);
            // Move j into the hole unless its home lies cyclically in (hole, j].
            let stays = if hole <= j {
                hole < h && h <= j
            } else {
                hole < h || h <= j
            };
            if !stays {
                t.ptrs[hole] = t.ptrs[j];
                t.sizes[hole] = t.sizes[j];
                hole = j;
            }
            j = (j + 1) & (SLOTS - 1);
        }
        t.ptrs[hole] = 0;
        t.sizes[hole] = 0;
        LIVE.fetch_sub(1, Ordering::SeqCst);
        BYTES.fetch_sub(size, Ordering::SeqCst);
        Some(size)
    });
    match found {
        Some(s) if s == size => {}
        Some(old) => fail(format_args!(
            "free of {p:#x} with size {size}, but it was allocated with size {old} \
             (wrong length or capacity given back to Rust)"
        )),
        None => fail(format_args!(
            "free of {p:#x} ({size} bytes), which is not a live Rust allocation \
             (double free, or memory that Rust did not allocate)"
        )),
    }
}

/// Report and abort without allocating: we may be inside the allocator.
#[cold]
fn fail(msg: std::fmt::Arguments<'_>) -> ! {
    struct Buf([u8; 512], usize);
    impl std::fmt::Write for Buf {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            let n = s.len().min(self.0.len() - self.1);
            self.0[self.1..self.1 + n].copy_from_slice(&s.as_bytes()[..n]);
            self.1 += n;
            Ok(())
        }
    }
    let mut b = Buf([0; 512], 0);
    let _ = writeln!(b, "ledger: {msg}");
    let _ = std::io::stderr().write_all(&b.0[..b.1]);
    std::process::abort();
}

// SAFETY: every method forwards to System with the caller's layout unchanged and
// only adds bookkeeping, so System's guarantees carry over.
unsafe impl GlobalAlloc for Ledger {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as our caller's (non-zero size layout).
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            record(p, layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for alloc.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            record(p, layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        forget(ptr, layout.size()); // aborts on a mismatch, before System ever sees the pointer
        // SAFETY: ptr was allocated by System with this layout (the ledger just confirmed it).
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        forget(ptr, layout.size());
        // SAFETY: ptr/layout were confirmed live above; new_size is the caller's non-zero size.
        let q = unsafe { System.realloc(ptr, layout, new_size) };
        if q.is_null() {
            record(ptr, layout.size()); // realloc failed: the old block is still live
        } else {
            record(q, new_size);
        }
        q
    }
}
