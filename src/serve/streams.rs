//! The open pages' live-reload streams, which the reload thread writes.

use std::io::Write;
use std::sync::atomic::AtomicUsize;
use std::sync::{Mutex, MutexGuard};

use super::live::Live;

/// The open pages' event streams.
#[derive(Default)]
pub(super) struct Streams {
    open: Mutex<Vec<Stream>>,
    /// Streams open or being opened: at most [`MAX_RELOAD_CLIENTS`](super::reload::MAX_RELOAD_CLIENTS).
    pub(super) count: AtomicUsize,
}

/// One open page's event stream.
pub(super) struct Stream {
    pub(super) out: Box<dyn Write + Send>,
    /// The page's output file, in view while the stream is open; `None`
    /// for a page serve does not know.
    pub(super) page: Option<String>,
    /// The generation the page was last told of.
    pub(super) seen: u64,
}

impl Stream {
    /// Whether the page can be told of a generation it was not told of.
    pub(super) fn due(&self, live: &Live) -> bool {
        self.seen != live.generation && live.ready(self.page.as_deref())
    }
}

impl Streams {
    /// Locked after [`Shared::live`](super::shared::Shared::live) when both are.
    pub(super) fn open(&self) -> MutexGuard<'_, Vec<Stream>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }
    pub(super) fn any_due(&self, live: &Live) -> bool {
        self.open().iter().any(|s| s.due(live))
    }
}
