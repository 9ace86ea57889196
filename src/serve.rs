//! `baocao serve`: builds the site into memory, serves it, rebuilds when
//! `content/` or `themes/` change, and reloads open pages.
//!
//! Steps:
//! 1. bind the address (default `127.0.0.1:1111`), so a port in use is
//!    reported before anything else;
//! 2. build with [`crate::build_into`] into a map of output paths to bytes;
//!    the map of the last successful build sits behind a lock, with the
//!    errors of the last build, if it failed;
//! 3. serve only the files of that map (`/a/` → `a/index.html`); any `..`
//!    or other non-normal path component is a 404 (the site's `404.html`);
//!    HTML responses get a small script (`/__baocao/reload.js`) that listens on
//!    `/__baocao/events` (server-sent events) and reloads the page when the
//!    site was rebuilt; after a failed build every HTML request gets a page
//!    listing the errors (which reloads itself as well);
//! 4. watch `content/` and `themes/` with `notify`, wait until they have
//!    been quiet for 20 ms, rebuild what the changed files show (see
//!    `crate::incremental`), and tell the open pages.
//!
//! `baocao build` never sees any of this: the script is added to responses
//! here, not to the rendered files.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use crate::BuildOptions;
use crate::diagnostics::Diagnostic;

/// The path of the server-sent events stream that reloads pages.
pub const EVENTS_PATH: &str = "/__baocao/events";

/// How long the watched folders must be quiet before a rebuild (an
/// editor's save is a burst of events within a few milliseconds).
pub const DEBOUNCE: Duration = Duration::from_millis(20);

/// What `baocao serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// `site`, `drafts`, `today` and, when given, `base_url` are used.
    pub build: BuildOptions,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// Print nothing but errors.
    pub quiet: bool,
}

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

/// The site as last built.
#[derive(Debug, Default)]
pub struct Built {
    /// The files of the last successful build, by output path.
    pub files: crate::incremental::Files,
    /// The errors of the last build, when it failed.
    pub errors: Vec<Diagnostic>,
}

struct Shared {
    site: RwLock<Arc<Built>>,
    /// Bumped after every build; waiters are woken.
    generation: Mutex<u64>,
    changed: Condvar,
    /// Differs from one server run to the next, so pages reload after a
    /// restart as well.
    run_id: u64,
    /// The base URL's path (`/` or `/cchc/`).
    base_path: String,
    /// Live-reload connections open now (each holds a thread).
    reload_clients: std::sync::atomic::AtomicUsize,
}

/// More open pages than anyone previews at once; past it, a page keeps
/// working but does not reload itself.
pub const MAX_RELOAD_CLIENTS: usize = 64;

/// Counts one live-reload connection for as long as it lives.
struct ReloadClient(Arc<Shared>);

impl ReloadClient {
    /// A place for one more connection, if there is one.
    fn join(shared: &Arc<Shared>) -> Option<Self> {
        use std::sync::atomic::Ordering;
        let before = shared.reload_clients.fetch_add(1, Ordering::SeqCst);
        if before >= MAX_RELOAD_CLIENTS {
            shared.reload_clients.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(ReloadClient(shared.clone()))
    }
}

impl Drop for ReloadClient {
    fn drop(&mut self) {
        self.0
            .reload_clients
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Shared {
    fn tag(&self) -> String {
        let g = *self.generation.lock().unwrap_or_else(|e| e.into_inner());
        format!("{:x}-{g}", self.run_id)
    }
    fn current(&self) -> Arc<Built> {
        self.site.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// Binds the listening socket; a port in use names the next free one.
pub fn bind(addr: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let sock = SocketAddr::new(addr, port);
    match TcpListener::bind(sock) {
        Ok(l) => Ok(l),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
            let suggestion = (port.saturating_add(1)..=port.saturating_add(100))
                .find(|p| TcpListener::bind(SocketAddr::new(addr, *p)).is_ok())
                .unwrap_or(port.saturating_add(1));
            Err(ServeError::PortInUse { port, suggestion })
        }
        Err(err) => Err(ServeError::Bind { addr: sock, err }),
    }
}

/// Serves the site until the process is stopped.
pub fn serve(opts: ServeOptions) -> Result<(), ServeError> {
    let listener = bind(opts.bind, opts.port)?;
    let local = listener
        .local_addr()
        .map_err(|e| ServeError::Other(e.to_string()))?;
    let shown = if local.ip().is_unspecified() {
        SocketAddr::new(IpAddr::from([127, 0, 0, 1]), local.port())
    } else {
        local
    };
    let mut build_opts = opts.build.clone();
    build_opts.write = false;
    let base_url = build_opts
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{shown}/"));
    build_opts.base_url = Some(base_url.clone());
    let (_, base_path) = crate::render::split_base_url(&base_url);

    let shared = Arc::new(Shared {
        site: RwLock::new(Arc::new(Built::default())),
        generation: Mutex::new(0),
        changed: Condvar::new(),
        run_id: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
            ^ u64::from(std::process::id()),
        base_path: base_path.clone(),
        reload_clients: Default::default(),
    });
    let mut session = crate::incremental::Session::new(build_opts.clone());
    rebuild(&shared, &mut session, &[], opts.quiet);

    let server = Server::from_listener(listener, None)
        .map_err(|e| ServeError::Other(format!("cannot start the server: {e}")))?;
    let server = Arc::new(server);

    let root = crate::output::absolute(&build_opts.site);
    watch(&root, shared.clone(), session, opts.quiet)?;

    let url = format!("http://{shown}{base_path}");
    let mut out = io::stdout().lock();
    if local.ip().is_unspecified() {
        let _ = writeln!(
            out,
            "Serving {} at {url} (listening on all interfaces, port {}); press Ctrl+C to stop",
            root.display(),
            local.port()
        );
    } else {
        let _ = writeln!(
            out,
            "Serving {} at {url}; press Ctrl+C to stop",
            root.display()
        );
    }
    let _ = out.flush();
    drop(out);

    let workers: Vec<_> = (0..4)
        .map(|_| {
            let server = server.clone();
            let shared = shared.clone();
            std::thread::spawn(move || {
                loop {
                    match server.recv() {
                        Ok(req) => handle(req, &shared),
                        Err(_) => std::thread::sleep(Duration::from_millis(10)),
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    Ok(())
}

/// Brings the site up to date (a full build when `changed` is empty, else
/// only what the changed files show) and publishes it; prints a line (or
/// the errors).
fn rebuild(
    shared: &Shared,
    session: &mut crate::incremental::Session,
    changed: &[PathBuf],
    quiet: bool,
) {
    let started = Instant::now();
    let result = if changed.is_empty() {
        session.full()
    } else {
        session.update(changed)
    };
    let ms = started.elapsed().as_millis();
    {
        let mut site = shared.site.write().unwrap_or_else(|e| e.into_inner());
        match result {
            Ok(update) => {
                if !quiet {
                    let what = if update.full {
                        "Built".to_string()
                    } else {
                        format!("Rendered {} of", update.rendered)
                    };
                    eprintln!("{what} {} files in {ms} ms", session.files.len());
                }
                *site = Arc::new(Built {
                    files: session.files.clone(),
                    errors: Vec::new(),
                });
            }
            Err(errors) => {
                for e in &errors {
                    eprintln!("{e}\n");
                }
                eprintln!(
                    "{} error{} found; the browser shows them until they are fixed.",
                    errors.len(),
                    if errors.len() == 1 { "" } else { "s" }
                );
                *site = Arc::new(Built {
                    files: site.files.clone(),
                    errors,
                });
            }
        }
    }
    *shared.generation.lock().unwrap_or_else(|e| e.into_inner()) += 1;
    shared.changed.notify_all();
}

/// Watches `content/` and `themes/` (and the site folder, for either of
/// them appearing) and rebuilds after 20 ms of quiet.
fn watch(
    root: &Path,
    shared: Arc<Shared>,
    mut session: crate::incremental::Session,
    quiet: bool,
) -> Result<(), ServeError> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let content = root.join("content");
    let themes = root.join("themes");
    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let (c2, t2) = (content.clone(), themes.clone());
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(ev) = res else { return };
        if matches!(ev.kind, EventKind::Access(_)) {
            return;
        }
        let paths: Vec<PathBuf> = ev
            .paths
            .into_iter()
            .filter(|p| p.starts_with(&c2) || p.starts_with(&t2))
            .collect();
        if !paths.is_empty() {
            let _ = tx.send(paths);
        }
    })
    .map_err(|e| ServeError::Other(format!("cannot watch {}: {e}", root.display())))?;
    let _ = watcher.watch(root, RecursiveMode::NonRecursive);
    let mut watched = Vec::<PathBuf>::new();
    let mut ensure = {
        move |w: &mut notify::RecommendedWatcher| {
            watched.retain(|p| p.is_dir());
            for dir in [&content, &themes] {
                if dir.is_dir()
                    && !watched.contains(dir)
                    && w.watch(dir, RecursiveMode::Recursive).is_ok()
                {
                    watched.push(dir.clone());
                }
            }
        }
    };
    ensure(&mut watcher);
    std::thread::spawn(move || {
        // The thread owns the watcher, which watches as long as it lives.
        let mut watcher = watcher;
        while let Ok(mut changed) = rx.recv() {
            // Wait for 20 ms of quiet (an editor's save is several events),
            // but never more than half a second in all.
            let first = Instant::now();
            loop {
                match rx.recv_timeout(DEBOUNCE) {
                    Ok(more) if first.elapsed() < Duration::from_millis(500) => {
                        changed.extend(more)
                    }
                    Ok(more) => {
                        changed.extend(more);
                        break;
                    }
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            changed.sort();
            changed.dedup();
            ensure(&mut watcher);
            rebuild(&shared, &mut session, &changed, quiet);
        }
    });
    Ok(())
}

fn header(k: &str, v: &str) -> Header {
    Header::from_bytes(k.as_bytes(), v.as_bytes()).expect("valid header")
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

/// What a request path asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// An output path, served if the site has it.
    File(String),
    /// A folder asked for without its trailing slash: redirect here.
    Redirect(String),
    NotFound,
}

/// Maps a request target (`/a/b/?x`) to an output path (`a/b/index.html`),
/// given the site's files and the base path. `..`, `.`, empty inner
/// segments, backslashes and NUL are never served.
pub fn lookup<V>(target: &str, base_path: &str, files: &BTreeMap<String, V>) -> Lookup {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Lookup::NotFound;
    }
    let Some(decoded) = percent_decode_strict(path) else {
        return Lookup::NotFound;
    };
    let rel = match decoded.strip_prefix(base_path) {
        Some(r) => r.to_string(),
        None if decoded == base_path.trim_end_matches('/') => {
            return Lookup::Redirect(base_path.to_string());
        }
        None if decoded == "/" => return Lookup::Redirect(base_path.to_string()),
        None => return Lookup::NotFound,
    };
    if rel.contains(['\\', '\0']) {
        return Lookup::NotFound;
    }
    let segments: Vec<&str> = rel.split('/').collect();
    let last = segments.len() - 1;
    for (i, s) in segments.iter().enumerate() {
        let ok = match *s {
            "" => i == last,
            "." | ".." => false,
            s => {
                let mut c = Path::new(s).components();
                matches!(c.next(), Some(std::path::Component::Normal(_))) && c.next().is_none()
            }
        };
        if !ok {
            return Lookup::NotFound;
        }
    }
    let key = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.clone()
    };
    if files.contains_key(&key) {
        return Lookup::File(key);
    }
    if !rel.is_empty() && !rel.ends_with('/') && files.contains_key(&format!("{rel}/index.html")) {
        return Lookup::Redirect(format!("{}/", path));
    }
    Lookup::NotFound
}

/// Percent-decoding that refuses invalid UTF-8 and encoded slashes.
fn percent_decode_strict(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let h = b.get(i + 1).and_then(|c| (*c as char).to_digit(16))?;
            let l = b.get(i + 2).and_then(|c| (*c as char).to_digit(16))?;
            let byte = (h * 16 + l) as u8;
            if byte == b'/' {
                return None;
            }
            out.push(byte);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The script that reloads a page when the site is rebuilt (or the server
/// restarted): served from the server itself, since the pages' Content
/// Security Policy allows no inline script.
pub const RELOAD_JS_PATH: &str = "/__baocao/reload.js";

const RELOAD_JS: &str = r#"(function () {
  var me = document.currentScript, tag = me && me.getAttribute("data-tag");
  if (!window.EventSource) return;
  var events = new EventSource("/__baocao/events");
  events.onmessage = function (e) {
    if (e.data !== tag) { events.close(); location.reload(); }
  };
})();
"#;

/// The tag added to every served HTML page, naming the build it shows.
fn reload_script(tag: &str) -> String {
    format!("<script src=\"{RELOAD_JS_PATH}\" data-tag=\"{tag}\"></script>")
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

fn respond<R: io::Read>(req: Request, resp: Response<R>) {
    let _ = req.respond(resp.with_header(header("Cache-Control", "no-cache")));
}

fn handle(req: Request, shared: &Arc<Shared>) {
    if !matches!(req.method(), Method::Get | Method::Head) {
        respond(
            req,
            Response::from_string("method not allowed\n")
                .with_status_code(405)
                .with_header(header("Allow", "GET, HEAD"))
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        );
        return;
    }
    let target = req.url().to_string();
    if target.split('?').next() == Some(EVENTS_PATH) {
        match ReloadClient::join(shared) {
            Some(client) => {
                std::thread::spawn(move || events(req, client));
            }
            None => respond(
                req,
                Response::from_string("too many pages are open for live reload; close some tabs\n")
                    .with_status_code(503)
                    .with_header(header("Retry-After", "10"))
                    .with_header(header("Content-Type", "text/plain; charset=utf-8")),
            ),
        }
        return;
    }
    if target.split('?').next() == Some(RELOAD_JS_PATH) {
        respond(
            req,
            Response::from_string(RELOAD_JS)
                .with_header(header("Content-Type", "text/javascript; charset=utf-8")),
        );
        return;
    }
    let site = shared.current();
    let script = reload_script(&shared.tag());
    let html_response = |status: u16, body: Vec<u8>| {
        Response::from_data(body)
            .with_status_code(StatusCode(status))
            .with_header(header("Content-Type", "text/html; charset=utf-8"))
    };
    let not_found = |req: Request| {
        let resp = if !site.errors.is_empty() {
            html_response(500, error_page(&site.errors, &script))
        } else {
            match site.files.get("404.html") {
                Some(b) => html_response(404, inject(b, &script)),
                None => html_response(
                    404,
                    b"<!doctype html><title>404</title>Not found\n".to_vec(),
                ),
            }
        };
        respond(req, resp);
    };
    match lookup(&target, &shared.base_path, &site.files) {
        Lookup::File(key) => {
            let ty = content_type(&key);
            // The editor keeps working (from the last good build) while
            // the site has errors, so they can be fixed in it; it loads
            // no reload script (its CSP would refuse it, and a reload
            // would lose an edit).
            let is_html = ty.starts_with("text/html") && !key.starts_with("admin/");
            if is_html && !site.errors.is_empty() {
                respond(req, html_response(500, error_page(&site.errors, &script)));
                return;
            }
            let bytes = &site.files[&key];
            let body = if is_html {
                inject(bytes, &script)
            } else {
                bytes.to_vec()
            };
            respond(
                req,
                Response::from_data(body).with_header(header("Content-Type", ty)),
            );
        }
        Lookup::Redirect(to) => respond(
            req,
            Response::empty(301).with_header(header("Location", &to)),
        ),
        Lookup::NotFound => not_found(req),
    }
}

/// A server-sent events stream: sends the site's current tag at once and
/// after every build; a comment every 15 s finds closed connections.
fn events(req: Request, client: ReloadClient) {
    let shared = &*client.0;
    let mut w = req.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 300\n\n";
    if w.write_all(head.as_bytes()).is_err() {
        return;
    }
    let mut seen = u64::MAX;
    loop {
        let g = *shared.generation.lock().unwrap_or_else(|e| e.into_inner());
        let msg = if g != seen {
            seen = g;
            format!("data: {}\n\n", shared.tag())
        } else {
            ": ping\n\n".to_string()
        };
        if w.write_all(msg.as_bytes()).and_then(|_| w.flush()).is_err() {
            return;
        }
        let guard = shared.generation.lock().unwrap_or_else(|e| e.into_inner());
        let _ = shared
            .changed
            .wait_timeout_while(guard, Duration::from_secs(15), |g| *g == seen);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Pos;

    fn files() -> BTreeMap<String, Vec<u8>> {
        ["index.html", "a/index.html", "style.css", "404.html"]
            .into_iter()
            .map(|k| (k.to_string(), Vec::new()))
            .collect()
    }

    #[test]
    fn looks_up_paths() {
        let f = files();
        let file = |s: &str| Lookup::File(s.into());
        assert_eq!(lookup("/", "/", &f), file("index.html"));
        assert_eq!(lookup("/a/", "/", &f), file("a/index.html"));
        assert_eq!(lookup("/a/?x=1", "/", &f), file("a/index.html"));
        assert_eq!(lookup("/a", "/", &f), Lookup::Redirect("/a/".into()));
        assert_eq!(lookup("/style.css", "/", &f), file("style.css"));
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/",
            "/%2E%2E/Cargo.toml",
            "/a/../style.css",
            "/./style.css",
            "/a//",
            "//etc/passwd",
            "/a%2fb",
            "/%ff",
            "/a\\..\\x",
            "/%00",
            "*",
            "http://x/",
            "/b/",
        ] {
            assert_eq!(lookup(bad, "/", &f), Lookup::NotFound, "{bad}");
        }
        assert_eq!(lookup("/cchc/a/", "/cchc/", &f), file("a/index.html"));
        assert_eq!(lookup("/", "/cchc/", &f), Lookup::Redirect("/cchc/".into()));
        assert_eq!(lookup("/a/", "/cchc/", &f), Lookup::NotFound);
    }

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
