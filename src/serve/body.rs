//! What a worker hands back to the connection it answers: a body, whole
//! or a live-reload stream, and a way to hang up.

use std::any::Any;
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use hyper::body::{Bytes, Frame, SizeHint};
use tokio::sync::{Notify, mpsc};

/// A response's body.
pub(super) enum Body {
    /// Sent whole; `None` once sent (or when empty).
    Full(Option<Bytes>),
    /// A live-reload stream: the events sent to it, as they come, and what
    /// is dropped with it (its place among the open pages).
    Events {
        rx: mpsc::Receiver<Bytes>,
        _held: Box<dyn Any + Send + Sync>,
    },
}

impl Body {
    pub(super) fn full(bytes: impl Into<Bytes>) -> Body {
        let bytes = bytes.into();
        Body::Full((!bytes.is_empty()).then_some(bytes))
    }

    /// A stream of what comes through `rx`; `held` is dropped with it,
    /// when the connection ends.
    pub(super) fn events(rx: mpsc::Receiver<Bytes>, held: impl Any + Send + Sync) -> Body {
        Body::Events {
            rx,
            _held: Box::new(held),
        }
    }
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Body::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Body::Events { rx, .. } => rx.poll_recv(cx).map(|m| m.map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, Body::Full(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Body::Full(b) => SizeHint::with_exact(b.as_ref().map_or(0, |b| b.len() as u64)),
            Body::Events { .. } => SizeHint::default(),
        }
    }
}

/// Ends a connection from outside it: a live-reload stream whose page
/// stopped reading is hung up on, whatever is left unsent.
#[derive(Clone, Default)]
pub(super) struct Hangup(Arc<Notify>);

impl Hangup {
    /// Ends the connection (at once, or as soon as it starts).
    pub(super) fn hang_up(&self) {
        self.0.notify_one();
    }

    /// Resolves when [`Hangup::hang_up`] was called.
    pub(super) async fn heard(&self) {
        self.0.notified().await
    }
}
