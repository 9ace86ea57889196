//! A request → its response: the files of the site as [`Live`](super::live::Live)
//! holds them, never anything else.
//!
//! A few workers ([`work`]) answer requests; one whose answering panics
//! (a bug) answers 500 and goes on. Steps, for each request ([`handle`]):
//! 1. anything but `GET` and `HEAD` is 405; the live-reload stream and its
//!    script go to [`super::reload`];
//! 2. the address is looked up ([`lookup`]): a file of the site, a folder
//!    without its slash (301), not there (the site's `404.html`) or not a
//!    path at all (400);
//! 3. the request waits while the edit under way may change its file
//!    ([`take`]), then gets it: an HTML page with the reload script, or,
//!    while the site has errors, a page listing them.

use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tiny_http::{Method, Request, Response, Server};

use super::live::Now;
use super::lookup::{Lookup, lookup};
use super::reload;
use super::response::{header, html, text};
use super::shared::Shared;
use crate::diagnostics::Diagnostic;

/// How long a request waits for its page to be made before it is served
/// what there is (a full build of a national site takes seconds).
pub const MAX_WAIT: Duration = Duration::from_secs(60);

/// A worker's loop: answers requests for ever. A request whose answering
/// panics (a bug) is answered 500 Internal Server Error, if nothing was
/// sent yet (tiny_http does it as the request is dropped), and the worker
/// goes on with the next.
pub(super) fn work(server: &Server, shared: &Arc<Shared>) {
    loop {
        let req = match server.recv() {
            Ok(req) => req,
            Err(_) => {
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        let url = req.url().to_string();
        if panic::catch_unwind(AssertUnwindSafe(|| handle(req, shared))).is_err() {
            eprintln!("serve: answering {url:?} failed (a bug in baocao: please report it)");
        }
    }
}

/// Answers one request.
pub(super) fn handle(req: Request, shared: &Arc<Shared>) {
    #[cfg(debug_assertions)]
    panic_if_asked(req.url());
    if !matches!(req.method(), Method::Get | Method::Head) {
        respond(
            req,
            text(405, "method not allowed\n").with_header(header("Allow", "GET, HEAD")),
        );
        return;
    }
    let target = req.url().to_string();
    match target.split('?').next() {
        Some(reload::EVENTS_PATH) => reload::join(req, &target, shared),
        Some(reload::RELOAD_JS_PATH) => respond(
            req,
            Response::from_string(reload::RELOAD_JS)
                .with_header(header("Content-Type", "text/javascript; charset=utf-8")),
        ),
        _ => answer(req, &target, shared),
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
fn answer(req: Request, target: &str, shared: &Shared) {
    let now = take(target, shared);
    let script = reload::script(&now.tag);
    let shows_errors = match now.found {
        Lookup::File(_) => now.is_html,
        Lookup::Redirect(_) | Lookup::Malformed => false,
        Lookup::NotFound => true,
    };
    if shows_errors && !now.errors.is_empty() {
        respond(req, html(500, error_page(&now.errors, &script)));
        return;
    }
    let response = match (now.found, now.file) {
        (Lookup::File(key), Some(bytes)) => {
            let body = if now.is_html {
                inject(&bytes, &script)
            } else {
                bytes.to_vec()
            };
            Response::from_data(body).with_header(header("Content-Type", content_type(&key)))
        }
        (Lookup::Redirect(to), _) => Response::empty(301)
            .with_header(header("Location", &to))
            .with_data(io::Cursor::new(Vec::new()), Some(0)),
        (Lookup::Malformed, _) => text(400, "Bad request: the address is not a valid path\n"),
        (_, Some(page)) => html(404, inject(&page, &script)),
        (_, None) => html(
            404,
            b"<!doctype html><title>404</title>Not found\n".to_vec(),
        ),
    };
    respond(req, response);
}

fn respond<R: io::Read>(req: Request, resp: Response<R>) {
    let _ = req.respond(resp.with_header(header("Cache-Control", "no-cache")));
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
