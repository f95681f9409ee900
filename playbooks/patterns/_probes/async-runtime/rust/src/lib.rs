//! One tokio runtime behind a C ABI. Go starts it, starts jobs that complete through a callback, cancels a
//! job by aborting its task, and stops the runtime. Every export catches a panic and reports -2, so the probe
//! can show which calls tokio refuses and from where.
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr::null_mut;
use std::time::Duration;

use tokio::runtime::{Builder, Runtime};
use tokio::task::JoinHandle;

/// Called once per job, on a tokio worker thread: status 0 when the job ran to the end, -1 when its future
/// was dropped first (aborted, or the runtime shut down).
pub type Done = extern "C" fn(id: u64, status: i32);

pub struct Aio {
    rt: Runtime,
}

pub struct Job {
    task: JoinHandle<()>,
}

/// Reports a job exactly once: on completion, or from `Drop` when tokio drops the future unfinished.
struct Report {
    id: u64,
    done: Done,
    sent: bool,
}

impl Report {
    fn finish(mut self) {
        self.sent = true;
        (self.done)(self.id, 0);
    }
}

impl Drop for Report {
    fn drop(&mut self) {
        if !self.sent {
            (self.done)(self.id, -1);
        }
    }
}

const PANICKED: i32 = -2;

/// A runtime with `workers` worker threads, or NULL when it cannot be built.
#[unsafe(no_mangle)]
pub extern "C" fn aio_start(workers: u32) -> *mut Aio {
    let built = catch_unwind(|| Builder::new_multi_thread().worker_threads(workers.max(1) as usize).enable_time().build());
    match built {
        Ok(Ok(rt)) => Box::into_raw(Box::new(Aio { rt })),
        _ => null_mut(),
    }
}

/// Starts a job that sleeps `ms` milliseconds, then calls `done(id, 0)`. The returned handle is freed by
/// aio_job_cancel or aio_job_detach.
#[unsafe(no_mangle)]
pub extern "C" fn aio_sleep(aio: *const Aio, id: u64, ms: u64, done: Done) -> *mut Job {
    // SAFETY: Go passes NULL or a runtime from aio_start that aio_stop has not freed.
    let Some(aio) = (unsafe { aio.as_ref() }) else { return null_mut() };
    let spawned = catch_unwind(AssertUnwindSafe(|| {
        let report = Report { id, done, sent: false };
        aio.rt.spawn(async move {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            report.finish();
        })
    }));
    match spawned {
        Ok(task) => Box::into_raw(Box::new(Job { task })),
        Err(_) => null_mut(),
    }
}

/// Cancels a job by aborting its task (tokio drops the future on one of its threads) and frees the handle.
#[unsafe(no_mangle)]
pub extern "C" fn aio_job_cancel(job: *mut Job) {
    if job.is_null() {
        return;
    }
    // SAFETY: job came from aio_sleep and Go frees it once.
    let job = unsafe { Box::from_raw(job) };
    job.task.abort();
}

/// Frees the handle and lets the job run on.
#[unsafe(no_mangle)]
pub extern "C" fn aio_job_detach(job: *mut Job) {
    if !job.is_null() {
        // SAFETY: job came from aio_sleep and Go frees it once.
        drop(unsafe { Box::from_raw(job) });
    }
}

/// Waits on the runtime for an empty future: 0, or -2 when tokio refuses to block the calling thread.
#[unsafe(no_mangle)]
pub extern "C" fn aio_block_on(aio: *const Aio) -> i32 {
    // SAFETY: Go passes NULL or a live runtime from aio_start.
    let Some(aio) = (unsafe { aio.as_ref() }) else { return PANICKED };
    match catch_unwind(AssertUnwindSafe(|| aio.rt.block_on(async {}))) {
        Ok(()) => 0,
        Err(_) => PANICKED,
    }
}

/// Shuts the runtime down, dropping unfinished jobs, and frees it: 0, or -2 when tokio refuses.
#[unsafe(no_mangle)]
pub extern "C" fn aio_stop(aio: *mut Aio) -> i32 {
    if aio.is_null() {
        return 0;
    }
    // SAFETY: aio came from aio_start and Go stops it once.
    let aio = unsafe { Box::from_raw(aio) };
    match catch_unwind(AssertUnwindSafe(move || aio.rt.shutdown_timeout(Duration::from_secs(2)))) {
        Ok(()) => 0,
        Err(_) => PANICKED,
    }
}
