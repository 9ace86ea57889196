//! What the workers, the watcher and live reload share, and why the server
//! could not start.

use std::io;
use std::net::SocketAddr;
use std::sync::{Condvar, Mutex, MutexGuard};

use super::live::Live;
use super::streams::Streams;

/// Why the server could not start (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("port {port} is in use; try --port {suggestion}")]
    PortInUse { port: u16, suggestion: u16 },
    #[error("cannot listen on {addr}: {err}")]
    Bind { addr: SocketAddr, err: io::Error },
    #[error("{0}")]
    Other(String),
}

/// What the workers, the watcher and live reload share.
pub(super) struct Shared {
    /// The files served, what is being made, who waits for what.
    pub(super) live: Mutex<Live>,
    /// Notified when a file someone waits for is published, and when a
    /// round's plan is known or it ends.
    pub(super) changed: Condvar,
    /// Differs from one server run to the next, so pages reload after a
    /// restart as well.
    pub(super) run_id: u64,
    /// The base URL's path (`/` or `/cchc/`).
    pub(super) base_path: String,
    /// The open pages' live-reload streams.
    pub(super) streams: Streams,
}

impl Shared {
    pub(super) fn new(base_path: String) -> Self {
        Shared {
            live: Mutex::new(Live::default()),
            changed: Condvar::new(),
            run_id: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0)
                ^ u64::from(std::process::id()),
            base_path,
            streams: Streams::default(),
        }
    }
    pub(super) fn live(&self) -> MutexGuard<'_, Live> {
        self.live.lock().unwrap_or_else(|e| e.into_inner())
    }
    /// Names the site's current version, in pages and reload events.
    pub(super) fn tag(&self, live: &Live) -> String {
        format!("{:x}-{}", self.run_id, live.generation)
    }
}
