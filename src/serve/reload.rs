//! Live reload: every HTML page served gets a small script
//! ([`RELOAD_JS_PATH`]) that listens on [`EVENTS_PATH`]`?page=/a/`
//! (server-sent events), which tells serve the page is open (in view, made
//! first after an edit) and reloads it when the site was rebuilt.
//!
//! Steps:
//! 1. a worker answers the request for the stream ([`join`]): writes its
//!    head, notes the page as in view, and leaves the stream in [`Streams`]
//!    (past [`MAX_RELOAD_CLIENTS`], a 503);
//! 2. one thread ([`start`]) waits until some stream is due a message: the
//!    site changed since it was last told, and the page's own file is made
//!    (at once, when nothing is being made). It writes each its tag, and
//!    every 15 s a comment to all, which finds closed connections;
//! 3. a stream whose write fails is dropped, and its page is no longer in
//!    view.
//!
//! So an open page holds no thread of serve's, however many there are
//! (tiny_http still reads each open connection on a thread of its pool).

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tiny_http::Request;

use super::lookup::{Lookup, lookup};
use super::response::{header, text};
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

/// The head of a stream, and how soon the browser reconnects.
const HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 300\n\n";

/// Answers a request for [`EVENTS_PATH`]: the stream of the page's reload
/// events, left for the reload thread to write; or 503 past
/// [`MAX_RELOAD_CLIENTS`].
pub(super) fn join(req: Request, target: &str, shared: &Shared) {
    let streams = &shared.streams;
    if streams.count.fetch_add(1, Ordering::SeqCst) >= MAX_RELOAD_CLIENTS {
        streams.count.fetch_sub(1, Ordering::SeqCst);
        let busy = text(
            503,
            "too many pages are open for live reload; close some tabs\n",
        );
        let _ = req.respond(
            busy.with_header(header("Retry-After", "10"))
                .with_header(header("Cache-Control", "no-cache")),
        );
        return;
    }
    let page = viewed(target, shared);
    let mut out = req.into_writer();
    if out
        .write_all(HEAD.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        streams.count.fetch_sub(1, Ordering::SeqCst);
        return;
    }
    if let Some(p) = &page {
        shared.live().view(p);
    }
    streams.open().push(Stream {
        out,
        page,
        seen: u64::MAX,
    });
    // Taking the lock the reload thread waits with means it either sees
    // the stream before it waits or is waiting now, and hears this.
    drop(shared.live());
    shared.changed.notify_all();
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
        let data = format!("data: {}\n\n", shared.tag(&live));
        let mut open = shared.streams.open();
        let messages: Vec<Option<&str>> = open
            .iter_mut()
            .map(|s| {
                if s.due(&live) {
                    s.seen = live.generation;
                    Some(data.as_str())
                } else {
                    ping.then_some(": ping\n\n")
                }
            })
            .collect();
        // Written without holding up requests (but for new streams).
        drop(live);
        let closed = write(&mut open, &messages);
        drop(open);
        if ping {
            next_ping = Instant::now() + PING;
        }
        forget(shared, closed);
    }
}

/// Writes each stream its message, if it has one; removes and returns the
/// streams that could not be written to (their pages were closed).
fn write(open: &mut Vec<Stream>, messages: &[Option<&str>]) -> Vec<Stream> {
    let mut closed = Vec::new();
    let mut kept = Vec::with_capacity(open.len());
    for (mut s, msg) in open.drain(..).zip(messages) {
        let Some(msg) = msg else {
            kept.push(s);
            continue;
        };
        match s.out.write_all(msg.as_bytes()).and_then(|_| s.out.flush()) {
            Ok(()) => kept.push(s),
            Err(_) => closed.push(s),
        }
    }
    *open = kept;
    closed
}

/// Closed streams: their pages are no longer in view, their places free.
fn forget(shared: &Shared, closed: Vec<Stream>) {
    if closed.is_empty() {
        return;
    }
    let mut live = shared.live();
    for s in &closed {
        if let Some(p) = &s.page {
            live.unview(p);
        }
    }
    drop(live);
    shared
        .streams
        .count
        .fetch_sub(closed.len(), Ordering::SeqCst);
}
