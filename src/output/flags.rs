//! Whether a build was asked to stop, and how many staging folders exist:
//! the two facts a signal handler needs, shared by every build in the
//! process.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Staging folders that exist now (created, not yet swapped in or removed).
pub(super) static STAGING: AtomicUsize = AtomicUsize::new(0);

/// Asks builds in progress to stop: the next file written fails, and the
/// staging folder is removed. Called on SIGINT and SIGTERM. Returns false
/// when no staging folder exists, so the process may simply exit.
pub fn interrupt() -> bool {
    INTERRUPTED.store(true, Ordering::SeqCst);
    STAGING.load(Ordering::SeqCst) > 0
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}
