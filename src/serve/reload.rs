//! Live reload: every HTML page served gets a small script
//! ([`RELOAD_JS_PATH`]) that listens on [`EVENTS_PATH`]`?page=/a/`
//! (server-sent events), which tells serve the page is open (in view, made
//! first after an edit) and reloads it when the site was rebuilt.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tiny_http::Request;

use super::Shared;
use super::http::{self, Lookup, lookup};
use super::live::Live;

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

/// Counts one live-reload connection for as long as it lives, and the
/// page it shows (its output file), which is then in view.
struct ReloadClient {
    shared: Arc<Shared>,
    page: Option<String>,
}

impl ReloadClient {
    /// A place for one more connection, if there is one.
    fn join(shared: &Arc<Shared>, page: Option<String>) -> Option<Self> {
        let before = shared.reload_clients.fetch_add(1, Ordering::SeqCst);
        if before >= MAX_RELOAD_CLIENTS {
            shared.reload_clients.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        if let Some(p) = &page {
            shared.live().view(p);
        }
        Some(ReloadClient {
            shared: shared.clone(),
            page,
        })
    }
}

impl Drop for ReloadClient {
    fn drop(&mut self) {
        if let Some(p) = &self.page {
            self.shared.live().unview(p);
        }
        self.shared.reload_clients.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Answers a request for [`EVENTS_PATH`]: a stream of the page's reload
/// events, or 503 past [`MAX_RELOAD_CLIENTS`].
pub(super) fn join(req: Request, target: &str, shared: &Arc<Shared>) {
    let page = viewed(target, shared);
    match ReloadClient::join(shared, page) {
        Some(client) => {
            std::thread::spawn(move || events(req, client));
        }
        None => {
            let busy = http::text(
                503,
                "too many pages are open for live reload; close some tabs\n",
            );
            let _ = req.respond(
                busy.with_header(http::header("Retry-After", "10"))
                    .with_header(http::header("Cache-Control", "no-cache")),
            );
        }
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

/// A server-sent events stream: sends the site's current tag once the
/// page's own file is made (at once, when nothing is being made), and again
/// after each edit once its file is made; a comment every 15 s finds closed
/// connections.
fn events(req: Request, client: ReloadClient) {
    let shared = &*client.shared;
    let page = client.page.as_deref();
    let mut w = req.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 300\n\n";
    if w.write_all(head.as_bytes()).is_err() {
        return;
    }
    let mut seen = u64::MAX;
    loop {
        let msg = {
            let due = |l: &Live| l.generation != seen && l.ready(page);
            let live = shared.live();
            let live = match shared
                .changed
                .wait_timeout_while(live, Duration::from_secs(15), |l| !due(l))
            {
                Ok((l, _)) => l,
                Err(e) => e.into_inner().0,
            };
            if due(&live) {
                seen = live.generation;
                format!("data: {}\n\n", shared.tag(&live))
            } else {
                ": ping\n\n".to_string()
            }
        };
        if w.write_all(msg.as_bytes()).and_then(|_| w.flush()).is_err() {
            return;
        }
    }
}
