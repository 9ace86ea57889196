//! The open pages' live-reload streams, which the reload thread feeds.

use std::sync::atomic::AtomicUsize;
use std::sync::{Mutex, MutexGuard};

use hyper::body::Bytes;
use tokio::sync::mpsc::Sender;
use tokio::sync::mpsc::error::TrySendError;

use super::body::Hangup;
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
    /// Its messages not yet sent: at most [`BACKLOG`](super::reload::BACKLOG).
    pub(super) tx: Sender<Bytes>,
    /// Ends its connection.
    pub(super) hangup: Hangup,
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

    /// Gives the stream a message to send, never waiting; whether it is
    /// still open. A stream that holds all it may (its page stopped
    /// reading) is hung up on.
    pub(super) fn offer(&self, message: Bytes) -> bool {
        match self.tx.try_send(message) {
            Ok(()) => true,
            Err(TrySendError::Full(_)) => {
                self.hangup.hang_up();
                false
            }
            Err(TrySendError::Closed(_)) => false,
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;
    use tokio::sync::mpsc;

    /// A stream takes messages until it holds all it may, then is hung up
    /// on; one whose connection ended is dropped.
    #[test]
    fn a_stream_that_holds_all_it_may_is_hung_up_on() {
        let (tx, rx) = mpsc::channel(2);
        let hangup = Hangup::default();
        let stream = Stream {
            tx,
            hangup: hangup.clone(),
            page: None,
            seen: 0,
        };
        let message = || Bytes::from_static(b"data: x\n\n");
        assert!(stream.offer(message()) && stream.offer(message()));
        assert!(!stream.offer(message()), "a full stream is kept");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        // Not a timing test: a bound so that a failure does not hang.
        let heard = runtime.block_on(async {
            tokio::time::timeout(Duration::from_secs(60), hangup.heard()).await
        });
        assert!(heard.is_ok(), "a full stream was not hung up on");

        drop(rx);
        let (tx, rx) = mpsc::channel(2);
        drop(rx);
        let closed = Stream { tx, ..stream };
        assert!(!closed.offer(message()), "a closed stream is kept");
    }
}
