//! A request → its response: the files of the site as [`Live`](super::live::Live)
//! holds them, never anything else.
//!
//! A few workers ([`work`]) answer the requests the connections hand them
//! ([`super::net`]); one whose answering panics (a bug) gives no answer,
//! which is sent as 500, and goes on. Steps, for each request ([`handle`]):
//! 1. anything but `GET` and `HEAD` is 405; the live-reload stream and its
//!    script go to [`super::reload`];
//! 2. the address is looked up ([`lookup`]): a file of the site, a folder
//!    without its slash (301), not there (the site's `404.html`) or not a
//!    path at all (400);
//! 3. the request waits while the edit under way may change its file
//!    ([`take`]), then gets it: an HTML page with the reload script, or,
//!    while the site has errors, a page listing them.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use super::body::{Body, Hangup};
use super::live::Now;
use super::lookup::{Lookup, lookup};
use super::reload;
use super::response::{Reply, data, html, text};
use super::shared::Shared;
use crate::diagnostics::Diagnostic;

/// How long a request waits for its page to be made before it is served
/// what there is (a full build of a national site takes seconds).
pub const MAX_WAIT: Duration = Duration::from_secs(60);

/// What a request asks.
pub(super) struct Asked {
    pub(super) method: String,
    /// As sent: `/a/b/?x` (or `*`, or an absolute URL).
    pub(super) target: String,
    /// Ends the request's connection.
    pub(super) hangup: Hangup,
}

/// A request handed to the workers, and where its reply goes.
pub(super) struct Job {
    pub(super) asked: Asked,
    pub(super) reply: oneshot::Sender<Reply>,
}

/// A worker's loop: answers requests for ever. A request whose answering
/// panics (a bug) gets no reply from it (the connection answers 500
/// Internal Server Error), and the worker goes on with the next.
pub(super) fn work(jobs: &Mutex<Receiver<Job>>, shared: &Arc<Shared>) {
    loop {
        let next = jobs.lock().unwrap_or_else(|e| e.into_inner()).recv();
        let Ok(Job { asked, reply }) = next else {
            // The connections' thread is gone, and the process with it.
            std::thread::park();
            continue;
        };
        match panic::catch_unwind(AssertUnwindSafe(|| handle(&asked, shared))) {
            Ok(answer) => {
                let _ = reply.send(answer);
            }
            Err(_) => eprintln!(
                "serve: answering {:?} failed (a bug in baocao: please report it)",
                asked.target
            ),
        }
    }
}

/// Answers one request.
pub(super) fn handle(asked: &Asked, shared: &Arc<Shared>) -> Reply {
    #[cfg(debug_assertions)]
    panic_if_asked(&asked.target);
    if !matches!(asked.method.as_str(), "GET" | "HEAD") {
        return text(405, "method not allowed\n").header("Allow", "GET, HEAD");
    }
    let target = asked.target.as_str();
    match target.split('?').next() {
        Some(reload::EVENTS_PATH) => reload::join(target, &asked.hangup, shared),
        Some(reload::RELOAD_JS_PATH) => {
            data(200, "text/javascript; charset=utf-8", reload::RELOAD_JS)
        }
        _ => answer(target, shared),
    }
}

/// Debug builds only: answering the address in `BAOCAO_TEST_PANIC_PATH`
/// panics, as a bug would (tests/serve.rs makes the workers fail so).
#[cfg(debug_assertions)]
fn panic_if_asked(url: &str) {
    if std::env::var_os("BAOCAO_TEST_PANIC_PATH").is_some_and(|p| p == url) {
        panic!("BAOCAO_TEST_PANIC_PATH: a panic answering {url}, as a test asks");
    }
}

/// Answers a request for a file of the site.
fn answer(target: &str, shared: &Shared) -> Reply {
    let now = take(target, shared);
    let script = reload::script(&now.tag);
    let shows_errors = match now.found {
        Lookup::File(_) => now.is_html,
        Lookup::Redirect(_) | Lookup::Malformed => false,
        Lookup::NotFound => true,
    };
    if shows_errors && !now.errors.is_empty() {
        return html(500, error_page(&now.errors, &script));
    }
    match (now.found, now.file) {
        (Lookup::File(key), Some(bytes)) => {
            if now.is_html {
                data(200, content_type(&key), inject(&bytes, &script))
            } else {
                data(200, content_type(&key), bytes.to_vec())
            }
        }
        (Lookup::Redirect(to), _) => {
            Reply::new(301, Body::full(Vec::new())).header("Location", &to)
        }
        (Lookup::Malformed, _) => text(400, "Bad request: the address is not a valid path\n"),
        (_, Some(page)) => html(404, inject(&page, &script)),
        (_, None) => html(
            404,
            b"<!doctype html><title>404</title>Not found\n".to_vec(),
        ),
    }
}

/// The type of a file by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit('/')
        .next()
        .and_then(|f| f.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "yml" | "yaml" => "text/yaml; charset=utf-8",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// Puts `script` before `</body>`, or at the end.
pub fn inject(html: &[u8], script: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let mut out = String::with_capacity(text.len() + script.len());
    match text.rfind("</body>") {
        Some(i) => {
            out.push_str(&text[..i]);
            out.push_str(script);
            out.push_str(&text[i..]);
        }
        None => {
            out.push_str(&text);
            out.push_str(script);
        }
    }
    out.into_bytes()
}

/// The page shown instead of every HTML page while the site has errors.
pub fn error_page(errors: &[Diagnostic], script: &str) -> Vec<u8> {
    use crate::render::escape;
    let mut items = String::new();
    for e in errors {
        items.push_str(&format!(
            "<li><code>{}</code><p>{}</p>",
            escape(&e.location()),
            escape(&e.message)
        ));
        if let Some(h) = &e.hint {
            items.push_str(&format!("<p class=\"hint\">{}</p>", escape(h)));
        }
        if let Some(c) = e.code {
            // The guide's address when the build knows it; else the command.
            let see = crate::diagnostics::see(c);
            items.push_str(&if see.starts_with("https://") {
                format!(
                    "<p class=\"hint\">{c}: <a href=\"{}\">what it means and how to fix it</a></p>",
                    escape(&see)
                )
            } else {
                format!("<p class=\"hint\">{c}: <code>baocao explain {c}</code> says what it means and how to fix it</p>")
            });
        }
        items.push_str("</li>\n");
    }
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{n} error{s} – baocao</title><style>\
body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}}\
h1{{color:#a00;font-size:1.5rem}}li{{margin:1rem 0}}code{{font-weight:bold}}\
li p{{margin:.2rem 0;white-space:pre-wrap}}.hint{{color:#555}}</style></head><body>\n\
<h1>{n} error{s}: the site could not be rebuilt</h1>\n\
<p>Fix the files below and save: this page reloads by itself.</p>\n<ol>\n{items}</ol>\n{script}</body></html>\n",
        n = errors.len(),
        s = if errors.len() == 1 { "" } else { "s" },
    )
    .into_bytes()
}

/// What a request gets, taken from [`Live`](super::live::Live) under its lock.
struct Taken {
    found: Lookup,
    /// The file found, else the site's 404 page (if it has one).
    file: Option<Arc<[u8]>>,
    /// An HTML page with the reload script: not the editor, which keeps
    /// working (from the last good build) while the site has errors, so
    /// they can be fixed in it, and loads no reload script (its CSP would
    /// refuse it, and a reload would lose an edit).
    is_html: bool,
    errors: Vec<Diagnostic>,
    tag: String,
}

/// Looks `target` up, first waiting (up to [`MAX_WAIT`]) while its file
/// may change: until the plan of the edit under way is known, and, when
/// the edit changes the file, until it is made (asking for it first).
fn take(target: &str, shared: &Shared) -> Taken {
    let deadline = Instant::now() + MAX_WAIT;
    let mut live = shared.live();
    loop {
        let found = lookup(target, &shared.base_path, &live.files);
        if let Lookup::File(key) = &found
            && live.errors.is_empty()
            && live.now(key) == Now::Wait
        {
            let left = deadline.saturating_duration_since(Instant::now());
            if !left.is_zero() {
                live.want(key);
                live = match shared.changed.wait_timeout(live, left) {
                    Ok((l, _)) => l,
                    Err(e) => e.into_inner().0,
                };
                live.unwant(key);
                continue;
            }
        }
        let (file, is_html) = match &found {
            Lookup::File(key) => (
                live.files.get(key).cloned(),
                content_type(key).starts_with("text/html") && !key.starts_with("admin/"),
            ),
            Lookup::Redirect(_) | Lookup::Malformed => (None, false),
            Lookup::NotFound => (live.files.get("404.html").cloned(), true),
        };
        return Taken {
            found,
            file,
            is_html,
            errors: live.errors.clone(),
            tag: shared.tag(&live),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Pos;

    #[test]
    fn injects_and_escapes() {
        assert_eq!(
            inject(b"<html><body>x</body></html>", "<s>"),
            b"<html><body>x<s></body></html>"
        );
        assert_eq!(inject(b"x", "<s>"), b"x<s>");
        let page = String::from_utf8(error_page(
            &[
                Diagnostic::new("content/a<b>.yaml", Pos::new(3, 4), "bad <x> & y")
                    .code(crate::diagnostics::Code::UnknownField),
            ],
            "",
        ))
        .unwrap();
        assert!(page.contains("content/a&lt;b&gt;.yaml:3:4"));
        assert!(page.contains("bad &lt;x&gt; &amp; y"));
        assert!(page.contains("E0104"), "{page}");
        assert_eq!(content_type("a/b.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("data/x.json"), "application/json");
        assert_eq!(content_type("README"), "application/octet-stream");
    }
}
