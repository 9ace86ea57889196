//! Live reload: every HTML page served gets a small script
//! ([`RELOAD_JS_PATH`]) that listens on [`EVENTS_PATH`]`?page=/a/`
//! (server-sent events), which tells serve the page is open (in view, made
//! first after an edit) and reloads it when the site was rebuilt.
//!
//! Steps:
//! 1. a worker answers the request for the stream ([`join`]): notes the
//!    page as in view, and leaves the sending end of the stream in
//!    [`Streams`](super::streams::Streams) (past [`MAX_RELOAD_CLIENTS`], a
//!    503); the connections' thread ([`super::net`]) sends what comes
//!    through it;
//! 2. one thread ([`start`]) waits until some stream is due a message: the
//!    site changed since it was last told, and the page's own file is made
//!    (at once, when nothing is being made). It gives each its tag, and
//!    every 15 s a comment to all, which finds closed connections;
//! 3. it never waits for a page to read: a stream holds at most
//!    [`BACKLOG`] messages not yet sent, and one that would hold more (its
//!    page stopped reading) is hung up on;
//! 4. when a stream's connection ends, however it ends, its page is no
//!    longer in view and its place is free ([`Open`]).
//!
//! So an open page holds no thread, however many there are, and a page
//! that stops reading holds up no other.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use hyper::body::Bytes;
use tokio::sync::mpsc;

use super::body::{Body, Hangup};
use super::lookup::{Lookup, lookup};
use super::response::{Reply, text};
use super::shared::{ServeError, Shared};
use super::streams::Stream;

/// The path of the server-sent events stream that reloads pages.
pub const EVENTS_PATH: &str = "/__baocao/events";

/// The script that reloads a page when the site is rebuilt (or the server
/// restarted): served from the server itself, since the pages' Content
/// Security Policy allows no inline script.
pub const RELOAD_JS_PATH: &str = "/__baocao/reload.js";

pub(super) const RELOAD_JS: &str = r#"(function () {
  var me = document.currentScript, tag = me && me.getAttribute("data-tag");
  if (!window.EventSource) return;
  var events = new EventSource("/__baocao/events?page=" + encodeURIComponent(location.pathname));
  events.onmessage = function (e) {
    if (e.data !== tag) { events.close(); location.reload(); }
  };
})();
"#;

/// More open pages than anyone previews at once; past it, a page keeps
/// working but does not reload itself.
pub const MAX_RELOAD_CLIENTS: usize = 64;

/// The tag added to every served HTML page, naming the build it shows.
pub(super) fn script(tag: &str) -> String {
    format!("<script src=\"{RELOAD_JS_PATH}\" data-tag=\"{tag}\"></script>")
}

/// How often every stream gets a comment, which finds closed connections.
const PING: Duration = Duration::from_secs(15);

/// How many messages a stream holds before they are sent: a page that
/// reads has one or two; more, and it stopped reading.
pub(super) const BACKLOG: usize = 8;

/// The first message of a stream: how soon the browser reconnects.
const RETRY: &str = "retry: 300\n\n";

/// Answers a request for [`EVENTS_PATH`]: the stream of the page's reload
/// events, which the reload thread feeds; or 503 past
/// [`MAX_RELOAD_CLIENTS`].
pub(super) fn join(target: &str, hangup: &Hangup, shared: &Arc<Shared>) -> Reply {
    let streams = &shared.streams;
    if streams.count.fetch_add(1, Ordering::SeqCst) >= MAX_RELOAD_CLIENTS {
        streams.count.fetch_sub(1, Ordering::SeqCst);
        return text(
            503,
            "too many pages are open for live reload; close some tabs\n",
        )
        .header("Retry-After", "10");
    }
    let page = viewed(target, shared);
    if let Some(p) = &page {
        shared.live().view(p);
    }
    let open = Open {
        shared: shared.clone(),
        page: page.clone(),
    };
    let (tx, rx) = mpsc::channel(BACKLOG);
    let _ = tx.try_send(Bytes::from_static(RETRY.as_bytes()));
    let mut streams = streams.open();
    streams.retain(|s| !s.tx.is_closed());
    streams.push(Stream {
        tx,
        hangup: hangup.clone(),
        page,
        seen: u64::MAX,
    });
    drop(streams);
    // Taking the lock the reload thread waits with means it either sees
    // the stream before it waits or is waiting now, and hears this.
    drop(shared.live());
    shared.changed.notify_all();
    Reply::new(200, Body::events(rx, open)).header("Content-Type", "text/event-stream")
}

/// An open stream's hold on its page and its place: let go when the
/// stream's connection ends.
struct Open {
    shared: Arc<Shared>,
    page: Option<String>,
}

impl Drop for Open {
    fn drop(&mut self) {
        if let Some(p) = &self.page {
            self.shared.live().unview(p);
        }
        self.shared.streams.count.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The output file of the page a live-reload connection comes from
/// (`/__baocao/events?page=%2Fa%2F` → `a/index.html`).
fn viewed(target: &str, shared: &Shared) -> Option<String> {
    let query = target.split_once('?')?.1;
    let value = query.split('&').find_map(|kv| kv.strip_prefix("page="))?;
    let path = crate::web::percent::component(value)?;
    match lookup(&path, &shared.base_path, &shared.live().files) {
        Lookup::File(key) => Some(key),
        _ => None,
    }
}

/// Starts the reload thread, which writes every stream.
pub(super) fn start(shared: Arc<Shared>) -> Result<(), ServeError> {
    std::thread::Builder::new()
        .name("baocao-reload".into())
        .spawn(move || tell(&shared))
        .map_err(|e| ServeError::Other(format!("cannot start live reload: {e}")))?;
    Ok(())
}

/// The reload thread: waits until a stream is due its tag or the pings
/// are, writes them, and drops the streams it cannot write to.
fn tell(shared: &Shared) {
    let pad = padding();
    let mut next_ping = Instant::now() + PING;
    loop {
        let live = shared.live();
        let left = next_ping.saturating_duration_since(Instant::now());
        let live = match shared
            .changed
            .wait_timeout_while(live, left, |l| !shared.streams.any_due(l))
        {
            Ok((l, _)) => l,
            Err(e) => e.into_inner().0,
        };
        let ping = Instant::now() >= next_ping;
        let data = Bytes::from(format!("{pad}data: {}\n\n", shared.tag(&live)));
        // Never waits for a page: holds up requests no longer than this.
        shared.streams.open().retain_mut(|s| {
            if s.due(&live) {
                s.seen = live.generation;
                s.offer(data.clone())
            } else if ping {
                s.offer(Bytes::from_static(b": ping\n\n"))
            } else {
                true
            }
        });
        drop(live);
        if ping {
            next_ping = Instant::now() + PING;
        }
    }
}

/// Debug builds only: a comment of `BAOCAO_TEST_EVENT_PADDING` bytes sent
/// with each event (tests/serve.rs fills a stuck page's buffers so).
fn padding() -> String {
    #[cfg(debug_assertions)]
    if let Some(n) = std::env::var("BAOCAO_TEST_EVENT_PADDING")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
    {
        return format!(":{}\n", " ".repeat(n));
    }
    String::new()
}
